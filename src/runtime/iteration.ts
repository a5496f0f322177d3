// Iteration for for-of, spread, Array.from, destructuring and the Map/Set
// constructors: arrays (live, by index), strings (by code point), Map, Set and
// their iterator objects. The language has no Symbol, so these are all the
// iterables there are; anything else is "x is not iterable".

import { describeUnnamed, notIterableAt } from './error-sites.js';
import { Messages } from './messages.js';
import type { Realm } from './realm.js';
import { getElement } from './properties.js';
import { JSArray, JSFunction, JSIterator, JSMap, JSObject, JSSet, type Value } from './values.js';

/** Steps through a host array by index, seeing pushes made during iteration (as JS does). */
class ArrayStepper implements Iterator<Value> {
  private index = 0;
  constructor(private readonly elems: Value[]) {}
  next(): IteratorResult<Value> {
    if (this.index < this.elems.length) return { value: this.elems[this.index++], done: false };
    return { value: undefined, done: true };
  }
}

/** Map entries as language arrays `[key, value]`. */
function* mapEntries(realm: Realm, map: Map<Value, Value>): Iterator<Value> {
  for (const entry of map) yield realm.newArray(entry);
}

/** An iterator over `v`; `site`: where the program iterates it, for the error (src/runtime/error-sites.ts). */
export function getIterator(realm: Realm, v: Value, site?: string): Iterator<Value> {
  if (v instanceof JSArray) return new ArrayStepper(v.elems);
  if (typeof v === 'string') return v[Symbol.iterator]();
  if (v instanceof JSMap) return mapEntries(realm, v.map);
  if (v instanceof JSSet) return v.set.values();
  if (v instanceof JSIterator) return v.source;
  if (site !== undefined) throw realm.error('TypeError', notIterableAt(site, v, v instanceof JSFunction));
  throw realm.error('TypeError', Messages.notIterable(iterableDescription(realm, v)));
}

function iterableDescription(realm: Realm, v: Value): string {
  if (v === undefined || v === null || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return realm.describe(v).replace(/^#<Object>$/, 'object');
}

/** All values of an iterable, as a host array; `forConstructor`: a Map or Set constructor's argument (its error message). */
export function iterateToArray(realm: Realm, v: Value, forConstructor = false): Value[] {
  if (v instanceof JSArray) return Array.from(v.elems);
  if (typeof v === 'string') return Array.from(v);
  if (forConstructor && !(v instanceof JSMap || v instanceof JSSet || v instanceof JSIterator)) {
    throw realm.error('TypeError', Messages.notIterableArgument(describeUnnamed(v, v instanceof JSFunction)));
  }
  const it = getIterator(realm, v);
  const out: Value[] = [];
  for (let r = it.next(); !r.done; r = it.next()) out.push(r.value);
  return out;
}

/** An entry for the Map constructor or Object.fromEntries: any object, whose "0" and "1" are the key and the value. */
export function entryParts(realm: Realm, entry: Value): [key: Value, value: Value] {
  if (!(entry instanceof JSObject)) throw realm.error('TypeError', Messages.notAnEntry(realm.describe(entry)));
  return [getElement(realm, entry, 0), getElement(realm, entry, 1)];
}

export { mapEntries };
