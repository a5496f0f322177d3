// Map and Set, over host Map and Set (whose SameValueZero keys and insertion
// order are the language's), plus their iterator objects. `size` (a getter in
// JavaScript; the language has no accessors) is answered by properties.ts.

import { describeUnnamed } from '../error-sites.js';
import { entryParts, iterateToArray } from '../iteration.js';
import { Attr } from '../shape.js';
import type { Realm } from '../realm.js';
import { JSFunction, type JSIterator, JSMap, type JSObject, JSSet, type Value } from '../values.js';
import { getProperty } from '../properties.js';
import { arrayIterator } from './array.js';
import { arg, constructor, methods } from './define.js';
import { Messages } from '../messages.js';

export function installCollections(realm: Realm): void {
  const MP = realm.MapPrototype;
  constructor(realm, 'Map', 0, MP, (_t, a, newTarget) => {
    if (!newTarget) throw realm.error('TypeError', "Constructor Map requires 'new'");
    const proto = realm.prototypeFor(newTarget, MP);
    const map = new JSMap(realm.rootShape(proto), proto);
    realm.counters.allocations++;
    const init = arg(a, 0);
    if (init !== undefined && init !== null) {
      const adder = collectionAdder(realm, map, 'set', mapSet);
      for (const entry of iterateToArray(realm, init, true)) {
        const [key, value] = entryParts(realm, entry);
        if (adder === null) map.map.set(normalizeKey(key), value);
        else realm.call(adder, map, [key, value]);
      }
    }
    return map;
  });
  const thisMap = (t: Value, name: string): JSMap => {
    if (t instanceof JSMap) return t;
    throw realm.error('TypeError', Messages.incompatibleReceiver(`Map.prototype.${name}`, realm.describe(t)));
  };
  /** keys(), values() and entries() of a Map (entries as language arrays `[key, value]`). */
  const mapIterator = (name: 'keys' | 'values' | 'entries') => (t: Value): JSIterator => {
    const m = thisMap(t, name).map;
    if (name !== 'entries') return collectionIterator(realm, m[name](), () => m[name](), 'Map Iterator');
    return collectionIterator(realm, (function* () {
      for (const e of m) yield realm.newArray(e);
    })(), () => m.entries(), 'Map Entries');
  };
  let mapSet: Value;
  methods(realm, MP, {
    get: [1, (t, a) => thisMap(t, 'get').map.get(normalizeKey(arg(a, 0)))],
    set: [2, (t, a) => {
      thisMap(t, 'set').map.set(normalizeKey(arg(a, 0)), arg(a, 1));
      return t;
    }],
    has: [1, (t, a) => thisMap(t, 'has').map.has(normalizeKey(arg(a, 0)))],
    delete: [1, (t, a) => thisMap(t, 'delete').map.delete(normalizeKey(arg(a, 0)))],
    clear: [0, (t) => thisMap(t, 'clear').map.clear()],
    forEach: [1, (t, a) => {
      const m = thisMap(t, 'forEach');
      const fn = callable(realm, arg(a, 0));
      m.map.forEach((v, k) => realm.call(fn, arg(a, 1), [v, k, m]));
      return undefined;
    }],
    keys: [0, mapIterator('keys')],
    values: [0, mapIterator('values')],
    entries: [0, mapIterator('entries')],
  });
  mapSet = MP.getOwn('set');

  // `size` is an accessor in JavaScript: a placeholder makes `'size' in map` true; properties.ts answers reads
  MP.setOwn('size', 0, Attr.Hidden);
  realm.toStringTags.set(MP, 'Map');

  const SP = realm.SetPrototype;
  constructor(realm, 'Set', 0, SP, (_t, a, newTarget) => {
    if (!newTarget) throw realm.error('TypeError', "Constructor Set requires 'new'");
    const proto = realm.prototypeFor(newTarget, SP);
    const set = new JSSet(realm.rootShape(proto), proto);
    realm.counters.allocations++;
    const init = arg(a, 0);
    if (init !== undefined && init !== null) {
      const adder = collectionAdder(realm, set, 'add', setAdd);
      for (const v of iterateToArray(realm, init, true)) {
        if (adder === null) set.set.add(normalizeKey(v));
        else realm.call(adder, set, [v]);
      }
    }
    return set;
  });
  const thisSet = (t: Value, name: string): JSSet => {
    if (t instanceof JSSet) return t;
    throw realm.error('TypeError', Messages.incompatibleReceiver(`Set.prototype.${name}`, realm.describe(t)));
  };
  /** keys() and values() (the same iterator for a Set) and entries(), whose items are `[v, v]`. */
  const setIterator = (name: 'keys' | 'values' | 'entries') => (t: Value): JSIterator => {
    const s = thisSet(t, name).set;
    if (name !== 'entries') return collectionIterator(realm, s.values(), () => s.values(), 'Set Iterator');
    return collectionIterator(realm, (function* () {
      for (const v of s) yield realm.newArray([v, v]);
    })(), () => s.values(), 'Set Entries');
  };
  let setAdd: Value;
  methods(realm, SP, {
    add: [1, (t, a) => {
      thisSet(t, 'add').set.add(normalizeKey(arg(a, 0)));
      return t;
    }],
    has: [1, (t, a) => thisSet(t, 'has').set.has(normalizeKey(arg(a, 0)))],
    delete: [1, (t, a) => thisSet(t, 'delete').set.delete(normalizeKey(arg(a, 0)))],
    clear: [0, (t) => thisSet(t, 'clear').set.clear()],
    forEach: [1, (t, a) => {
      const s = thisSet(t, 'forEach');
      const fn = callable(realm, arg(a, 0));
      s.set.forEach((v) => realm.call(fn, arg(a, 1), [v, v, s]));
      return undefined;
    }],
    values: [0, setIterator('values')],
    keys: [0, setIterator('keys')],
    entries: [0, setIterator('entries')],
  });
  setAdd = SP.getOwn('add');
  SP.setOwn('size', 0, Attr.Hidden);
  realm.toStringTags.set(SP, 'Set');
}

/**
 * What the Map and Set constructors add an iterable's items with: the new collection's `set` or
 * `add` (a subclass's own runs for each item), null when it is the builtin one (added directly).
 */
function collectionAdder(realm: Realm, collection: JSObject, name: 'set' | 'add', builtin: Value): JSFunction | null {
  const adder = getProperty(realm, collection, name);
  if (adder === builtin) return null;
  if (adder instanceof JSFunction) return adder;
  throw realm.error('TypeError', Messages.adderNotCallable(realm.describe(adder), name, realm.describe(collection)));
}

/** -0 and +0 are the same key (the host Map already treats them so; keep +0 as the stored key). */
function normalizeKey(k: Value): Value {
  return k === 0 ? 0 : k;
}

/** forEach's callback (V8 names what is not a function with its type here: `string "s" is not a function`). */
function callable(realm: Realm, v: Value): JSFunction {
  if (v instanceof JSFunction) return v;
  throw realm.error('TypeError', Messages.notAFunction(describeUnnamed(v, v instanceof JSFunction)));
}


/**
 * A Map or Set iterator that counts what it has given, so console.log can show
 * what is left, as node does (`[Map Iterator] { 'a', 'b' }`): the items of a
 * fresh host iterator past that count (an entry deleted before the position
 * after it was passed shifts the preview by one; iteration itself is the host's).
 */
function collectionIterator(realm: Realm, step: Iterator<Value>, items: () => Iterable<unknown>, tag: string): JSIterator {
  let taken = 0;
  const source: Iterator<Value> = {
    next: () => {
      const r = step.next();
      if (r.done !== true) taken++;
      return r;
    },
  };
  return arrayIterator(realm, source, tag, () => [...items()].slice(taken));
}
