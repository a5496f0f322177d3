// Array: the constructor, Array.isArray/from/of and the Array.prototype methods.
// Elements live in a host array (JSArray.elems), so most methods are the host's
// own method applied to it, with the program's callbacks called through the
// realm: the host's handling of holes, lengths and stable sorting is exactly
// the language's.

import { Messages } from '../messages.js';
import { describeUnnamed } from '../error-sites.js';
import { iterateToArray } from '../iteration.js';
import { sameValueZero, toInteger, toNumber, toString, toBoolean } from '../operations.js';
import type { Realm } from '../realm.js';
import { deleteProperty, getProperty, hasProperty, setElement, setProperty, setPropertyOrThrow } from '../properties.js';
import { builtinTag, JSArray, JSFunction, JSIterator, JSMap, JSObject, JSSet, type Value } from '../values.js';
import { arg, constructor, methods, row } from './define.js';

export function installArray(realm: Realm): void {
  const P = realm.ArrayPrototype;
  const ArrayCtor = constructor(realm, 'Array', 1, P, (_t, a, newTarget) => {
    // (a subclass's instances get its prototype; `new Array(n)` itself skips the lookup: storage's VM run
    // allocates thousands of arrays per iteration)
    const proto = newTarget && newTarget !== ArrayCtor ? realm.prototypeFor(newTarget, P) : P;
    if (a.length === 1 && typeof a[0] === 'number') {
      const n = a[0];
      if (!(n >= 0 && n <= 4294967295 && Math.floor(n) === n)) throw realm.error('RangeError', Messages.invalidArrayLength());
      return realm.newArray(new Array(n), proto);
    }
    return realm.newArray(Array.from(a), proto);
  });
  methods(realm, ArrayCtor, {
    isArray: [1, (_t, a) => arg(a, 0) instanceof JSArray],
    of: [0, (t, a) => filled(subclass(t) ? realm.construct(t, [a.length]) : null, Array.from(a))],
    from: [1, (t, a) => {
      const source = arg(a, 0);
      const mapFn = arg(a, 1);
      if (mapFn !== undefined && !(mapFn instanceof JSFunction)) throw realm.error('TypeError', Messages.notAFunction(realm.describe(mapFn)));
      let items: Value[];
      if (source === null || source === undefined) throw realm.error('TypeError', Messages.notIterableArgument(describeUnnamed(source, false)));
      if (isIterable(source)) {
        items = iterateToArray(realm, source);
      } else if (source instanceof JSObject) {
        const len = toInteger(realm, getProperty(realm, source, 'length'));
        items = [];
        for (let i = 0; i < len; i++) items.push(getProperty(realm, source, String(i)));
      } else items = [];
      if (mapFn) items = items.map((v, i) => realm.call(mapFn, arg(a, 2), [v, i]));
      return filled(subclass(t) ? realm.construct(t, source instanceof JSObject && !isIterable(source) ? [items.length] : []) : null, items);
    }],
  });

  /** A class extending Array (its prototype chain reaches Array): Array.from and Array.of called on it make an instance of it. */
  const subclass = (t: Value): t is JSFunction => {
    if (!(t instanceof JSFunction)) return false;
    for (let p = t.proto; p !== null; p = p.proto) if (p === ArrayCtor) return true;
    return false;
  };
  /**
   * What map, filter, slice, splice, concat, flat and flatMap make their result
   * from (ArraySpeciesCreate): null for a plain array (a plain result), or for
   * an instance of a class extending Array, `new C(length)` of that class.
   */
  const speciesCreate = (t: JSArray, length: number): JSObject | null => {
    if (t.proto === P && t.shape.lookup('constructor') < 0) return null;
    const C = getProperty(realm, t, 'constructor');
    if (C !== undefined && !(C instanceof JSObject)) throw realm.error('TypeError', Messages.speciesNotConstructor());
    // (C[Symbol.species] is C itself for a class extending Array, Array's species getter, and undefined otherwise)
    return subclass(C) ? realm.construct(C, [length]) : null;
  };
  /** A result with these elements: a new plain array, or `out` (speciesCreate's) given them and, unless map made it, the length. */
  const filled = (out: JSObject | null, elems: Value[], setLength = true): JSObject => {
    if (out === null) return realm.newArray(elems);
    for (let i = 0; i < elems.length; i++) if (i in elems) setElement(realm, out, i, elems[i]);
    if (setLength) setProperty(realm, out, 'length', elems.length);
    return out;
  };

  /**
   * The array a method works on. The methods are generic: another receiver is read as an
   * array-like into a new array (its `length` and the indices below it, holes where it has
   * none; a string's characters; nothing of a number or a boolean).
   */
  const self = (t: Value, name: string): JSArray => {
    if (t instanceof JSArray) return t;
    receiver(t, name);
    if (typeof t === 'string') return realm.newArray(t.split(''));
    if (!(t instanceof JSObject)) return realm.newArray([]);
    const length = toLength(getProperty(realm, t, 'length'));
    if (length > 4294967295) throw realm.error('RangeError', Messages.invalidArrayLength());
    const elems: Value[] = new Array(length);
    for (let i = 0; i < length; i++) {
      const key = String(i);
      if (hasProperty(realm, t, key)) elems[i] = getProperty(realm, t, key);
    }
    return realm.newArray(elems);
  };
  /** The receiver, unless it is null or undefined: a TypeError worded as V8 words it for the method. */
  const receiver = (t: Value, name: string): Value => {
    if (t !== null && t !== undefined) return t;
    throw realm.error('TypeError', NAMES_METHOD_ON_NULLISH.has(name) ? Messages.arrayMethodOnNullish(name) : Messages.convertNullish());
  };
  const toLength = (v: Value): number => {
    const n = toInteger(realm, v);
    return n <= 0 ? 0 : Math.min(n, Number.MAX_SAFE_INTEGER);
  };
  /**
   * A method that changes its receiver: `change` changes the array `self` gives, and for
   * another object its elements and length are written back to it (a string's are read-only).
   */
  const changing = <R>(t: Value, name: string, change: (arr: JSArray) => R): R => {
    const arr = self(t, name);
    if (arr === t) return change(arr);
    if (typeof t === 'string') throw realm.error('TypeError', Messages.readOnlyOfPrimitive('length', 'object', '[object String]'));
    const before = arr.elems.length;
    const result = change(arr);
    if (!(t instanceof JSObject)) return result;
    const e = arr.elems;
    for (let i = 0; i < e.length; i++) {
      if (i in e) setPropertyOrThrow(realm, t, String(i), e[i]);
      else deleteProperty(realm, t, String(i), true);
    }
    for (let i = e.length; i < before; i++) deleteProperty(realm, t, String(i), true);
    setPropertyOrThrow(realm, t, 'length', e.length);
    return result;
  };
  const callback = (v: Value): JSFunction => {
    if (v instanceof JSFunction) return v;
    throw realm.error('TypeError', Messages.notAFunction(realm.describe(v)));
  };
  /** Relative index as slice/splice/fill compute it. */
  const relative = (v: Value, len: number, dflt: number): number => {
    if (v === undefined) return dflt;
    const n = toInteger(realm, v);
    return n < 0 ? Math.max(len + n, 0) : Math.min(n, len);
  };

  /** How many elements splice and toSpliced remove: all from start without a count, none without arguments. */
  const spliceCount = (a: Value[], start: number, len: number): number =>
    a.length === 0 ? 0 : a.length === 1 ? len - start : Math.min(Math.max(toInteger(realm, a[1]), 0), len - start);
  /** The order sort and toSorted use: the program's comparator, or string order (the host's sort puts undefined and holes last). */
  const sortOrder = (cmp: Value): ((x: Value, y: Value) => number) => {
    if (cmp !== undefined && !(cmp instanceof JSFunction)) throw realm.error('TypeError', Messages.comparator());
    if (cmp) {
      return (x, y) => {
        const r = realm.call(cmp, undefined, [x, y]);
        return typeof r === 'number' ? r : toNumber(realm, r);
      };
    }
    return (x, y) => {
      const sx = toString(realm, x);
      const sy = toString(realm, y);
      return sx < sy ? -1 : sx > sy ? 1 : 0;
    };
  };

  let builtinJoin: Value;
  methods(realm, P, {
    push: [1, (t, a) => changing(t, 'push', (arr) => {
      const e = arr.elems;
      for (let i = 0; i < a.length; i++) e.push(a[i]);
      return e.length;
    })],
    pop: [0, (t) => changing(t, 'pop', (arr) => arr.elems.pop())],
    shift: [0, (t) => changing(t, 'shift', (arr) => arr.elems.shift())],
    unshift: [1, (t, a) => changing(t, 'unshift', (arr) => arr.elems.unshift(...a))],
    slice: [2, (t, a) => {
      const arr = self(t, 'slice');
      const e = arr.elems;
      const start = relative(arg(a, 0), e.length, 0);
      const end = relative(arg(a, 1), e.length, e.length);
      return filled(speciesCreate(arr, Math.max(end - start, 0)), e.slice(start, end));
    }],
    splice: [2, (t, a) => changing(t, 'splice', (arr) => {
      const e = arr.elems;
      const start = relative(arg(a, 0), e.length, 0);
      const count = spliceCount(a, start, e.length);
      const removed = speciesCreate(arr, count);
      return filled(removed, e.splice(start, count, ...a.slice(2)));
    })],
    concat: [1, (t, a) => {
      // (a receiver other than an array is an element of the result, as an argument is)
      const out = t instanceof JSArray ? t.elems.slice() : [receiver(t, 'concat')];
      for (const item of a) {
        if (item instanceof JSArray) {
          const src = item.elems;
          const base = out.length;
          out.length = base + src.length;
          for (let i = 0; i < src.length; i++) if (i in src) out[base + i] = src[i];
        } else out.push(item);
      }
      return filled(t instanceof JSArray ? speciesCreate(t, 0) : null, out);
    }],
    join: [1, (t, a) => join(realm, self(t, 'join'), arg(a, 0) === undefined ? ',' : toString(realm, a[0]))],
    // (the receiver's own join, a subclass's or one the program set; without one, Object.prototype.toString's text)
    toString: row(0, (t: Value) => {
      if (t === null || t === undefined) throw realm.error('TypeError', Messages.convertNullish());
      const joinMethod = getProperty(realm, t, 'join');
      if (joinMethod === builtinJoin && t instanceof JSArray) return join(realm, t, ',');
      if (joinMethod instanceof JSFunction) return realm.call(joinMethod, t, []);
      return `[object ${(t instanceof JSObject ? realm.toStringTag(t) : undefined) ?? builtinTag(t)}]`;
    }),
    toLocaleString: row(0, (t: Value, a: Value[]) => join(realm, self(t, 'toLocaleString'), ',', (v) => {
      const own = getProperty(realm, v, 'toLocaleString');
      return toString(realm, realm.call(own, v, [arg(a, 0), arg(a, 1)]));
    })),
    reverse: [0, (t) => {
      changing(t, 'reverse', (arr) => arr.elems.reverse());
      return t;
    }],
    indexOf: [1, (t, a) => {
      const e = self(t, 'indexOf').elems;
      return e.indexOf(arg(a, 0), a.length > 1 ? toInteger(realm, a[1]) : 0);
    }],
    lastIndexOf: [1, (t, a) => {
      const e = self(t, 'lastIndexOf').elems;
      return a.length > 1 ? e.lastIndexOf(a[0], toInteger(realm, a[1])) : e.lastIndexOf(arg(a, 0));
    }],
    includes: [1, (t, a) => {
      const e = self(t, 'includes').elems;
      const needle = arg(a, 0);
      const from = relative(arg(a, 1), e.length, 0);
      for (let i = from; i < e.length; i++) if (sameValueZero(e[i], needle)) return true;
      return false;
    }],
    fill: [1, (t, a) => {
      changing(t, 'fill', (arr) => {
        const e = arr.elems;
        e.fill(arg(a, 0), relative(arg(a, 1), e.length, 0), relative(arg(a, 2), e.length, e.length));
      });
      return t;
    }],
    sort: [1, (t, a) => {
      const order = sortOrder(arg(a, 0));
      changing(t, 'sort', (arr) => arr.elems.sort(order));
      return t;
    }],
    toSorted: [1, (t, a) => {
      const order = sortOrder(arg(a, 0));
      return realm.newArray(Array.from(self(t, 'toSorted').elems).sort(order));
    }],
    toReversed: [0, (t) => realm.newArray(Array.from(self(t, 'toReversed').elems).reverse())],
    toSpliced: [2, (t, a) => {
      const e = Array.from(self(t, 'toSpliced').elems);
      const start = relative(arg(a, 0), e.length, 0);
      e.splice(start, spliceCount(a, start, e.length), ...a.slice(2));
      return realm.newArray(e);
    }],
    with: [2, (t, a) => {
      const e = Array.from(self(t, 'with').elems);
      const n = toInteger(realm, arg(a, 0));
      const index = n < 0 ? e.length + n : n;
      if (index < 0 || index >= e.length) throw realm.error('RangeError', Messages.invalidIndex(realm.describe(arg(a, 0))));
      e[index] = arg(a, 1);
      return realm.newArray(e);
    }],
    copyWithin: [2, (t, a) => {
      changing(t, 'copyWithin', (arr) => {
        const e = arr.elems;
        e.copyWithin(relative(arg(a, 0), e.length, 0), relative(arg(a, 1), e.length, 0), relative(arg(a, 2), e.length, e.length));
      });
      return t;
    }],
    map: [1, (t, a) => {
      const arr = self(t, 'map');
      const fn = callback(arg(a, 0));
      const thisArg = arg(a, 1);
      const out = speciesCreate(arr, arr.elems.length);
      return filled(out, arr.elems.map((v, i) => realm.call(fn, thisArg, [v, i, t])), false);
    }],
    filter: [1, (t, a) => {
      const arr = self(t, 'filter');
      const fn = callback(arg(a, 0));
      const thisArg = arg(a, 1);
      const out = speciesCreate(arr, 0);
      return filled(out, arr.elems.filter((v, i) => toBoolean(realm.call(fn, thisArg, [v, i, t]))));
    }],
    forEach: [1, (t, a) => {
      const arr = self(t, 'forEach');
      const fn = callback(arg(a, 0));
      const thisArg = arg(a, 1);
      arr.elems.forEach((v, i) => realm.call(fn, thisArg, [v, i, t]));
      return undefined;
    }],
    some: [1, (t, a) => {
      const arr = self(t, 'some');
      const fn = callback(arg(a, 0));
      return arr.elems.some((v, i) => toBoolean(realm.call(fn, arg(a, 1), [v, i, t])));
    }],
    every: [1, (t, a) => {
      const arr = self(t, 'every');
      const fn = callback(arg(a, 0));
      return arr.elems.every((v, i) => toBoolean(realm.call(fn, arg(a, 1), [v, i, t])));
    }],
    find: [1, (t, a) => {
      const arr = self(t, 'find');
      const fn = callback(arg(a, 0));
      return arr.elems.find((v, i) => toBoolean(realm.call(fn, arg(a, 1), [v, i, t])));
    }],
    findIndex: [1, (t, a) => {
      const arr = self(t, 'findIndex');
      const fn = callback(arg(a, 0));
      return arr.elems.findIndex((v, i) => toBoolean(realm.call(fn, arg(a, 1), [v, i, t])));
    }],
    findLast: [1, (t, a) => {
      const arr = self(t, 'findLast');
      const fn = callback(arg(a, 0));
      return arr.elems.findLast((v, i) => toBoolean(realm.call(fn, arg(a, 1), [v, i, t])));
    }],
    findLastIndex: [1, (t, a) => {
      const arr = self(t, 'findLastIndex');
      const fn = callback(arg(a, 0));
      return arr.elems.findLastIndex((v, i) => toBoolean(realm.call(fn, arg(a, 1), [v, i, t])));
    }],
    reduce: [1, (t, a) => {
      const arr = self(t, 'reduce');
      const fn = callback(arg(a, 0));
      const step = (acc: Value, v: Value, i: number) => realm.call(fn, undefined, [acc, v, i, t]);
      if (a.length >= 2) return arr.elems.reduce(step, a[1]);
      if (!hasElement(arr.elems)) throw realm.error('TypeError', Messages.reduceEmpty());
      return arr.elems.reduce(step);
    }],
    reduceRight: [1, (t, a) => {
      const arr = self(t, 'reduceRight');
      const fn = callback(arg(a, 0));
      const step = (acc: Value, v: Value, i: number) => realm.call(fn, undefined, [acc, v, i, t]);
      if (a.length >= 2) return arr.elems.reduceRight(step, a[1]);
      if (!hasElement(arr.elems)) throw realm.error('TypeError', Messages.reduceEmpty());
      return arr.elems.reduceRight(step);
    }],
    at: [1, (t, a) => {
      const e = self(t, 'at').elems;
      const n = toInteger(realm, arg(a, 0));
      return e[n < 0 ? e.length + n : n];
    }],
    flat: [0, (t, a) => {
      const depth = arg(a, 0) === undefined ? 1 : toInteger(realm, a[0]);
      const flatten = (e: Value[], d: number): Value[] => {
        realm.nest();
        try {
          return e.flatMap((v) => (v instanceof JSArray && d > 0 ? [flatten(v.elems, d - 1)] : [[v]])).flat();
        } finally {
          realm.unnest();
        }
      };
      const arr = self(t, 'flat');
      return filled(speciesCreate(arr, 0), flatten(arr.elems.filter(() => true), depth));
    }],
    flatMap: [1, (t, a) => {
      const arr = self(t, 'flatMap');
      const fn = callback(arg(a, 0));
      const made = speciesCreate(arr, 0);
      const out: Value[] = [];
      arr.elems.forEach((v, i) => {
        const r = realm.call(fn, arg(a, 1), [v, i, t]);
        // (a hole in a returned array is skipped, as flat() skips it)
        if (r instanceof JSArray) r.elems.forEach((x) => out.push(x));
        else out.push(r);
      });
      return filled(made, out);
    }],
    keys: [0, (t) => arrayIterator(realm, self(t, 'keys').elems.keys(), 'Array Iterator')],
    values: [0, (t) => arrayIterator(realm, self(t, 'values').elems.values(), 'Array Iterator')],
    entries: [0, (t) => {
      const e = self(t, 'entries').elems;
      return arrayIterator(realm, (function* () {
        for (let i = 0; i < e.length; i++) yield realm.newArray([i, e[i]]);
      })(), 'Array Iterator');
    }],
  });
  builtinJoin = P.getOwn('join');
  installIteratorNext(realm);
}

/** Methods whose TypeError for a null or undefined receiver names them (V8's wording; the others say ToObject's). */
const NAMES_METHOD_ON_NULLISH = new Set(['concat', 'find', 'findIndex', 'findLast', 'findLastIndex', 'indexOf', 'forEach', 'filter', 'map', 'every', 'some', 'reduce', 'reduceRight']);

function hasElement(e: Value[]): boolean {
  for (let i = 0; i < e.length; i++) if (i in e) return true;
  return false;
}

/** What Array.from iterates rather than reads as an array-like. */
function isIterable(v: Value): boolean {
  return v instanceof JSArray || typeof v === 'string' || v instanceof JSIterator || v instanceof JSMap || v instanceof JSSet;
}


export function arrayIterator(realm: Realm, source: Iterator<Value>, tag: string, remaining: (() => unknown[]) | null = null): JSIterator {
  return new JSIterator(realm.rootShape(realm.IteratorPrototype), realm.IteratorPrototype, source, tag, remaining);
}

/** The iterators' `next` (array, Map and Set iterators share one prototype): `{ value, done }` from the host iterator. */
function installIteratorNext(realm: Realm): void {
  methods(realm, realm.IteratorPrototype, {
    next: [0, (t) => {
      if (!(t instanceof JSIterator)) throw realm.error('TypeError', Messages.incompatibleReceiver('Iterator.prototype.next', realm.describe(t)));
      const step = t.source.next();
      const result = realm.newObject();
      result.setOwn('value', step.done === true ? undefined : step.value);
      result.setOwn('done', step.done === true);
      return result;
    }],
  });
}

/**
 * Array.prototype.join (and toLocaleString, whose `item` is each element's
 * own toLocaleString): null and undefined become empty; cycles print as empty (as in V8).
 * The parts are joined by the host's join, which makes one flat string: `+=`
 * made a rope whose nodes, for nested arrays that repeat one array
 * (`v = [v, v]` forty times), outgrew the heap limit long before the text
 * reached the longest string the host allows, where Node throws
 * "RangeError: Invalid string length" (the fuzz test's seed 460027).
 */
const joining = new Set<JSArray>();
export function join(realm: Realm, arr: JSArray, sep: string, item = (v: Value): string => toString(realm, v)): string {
  if (joining.has(arr)) return '';
  realm.nest();
  joining.add(arr);
  try {
    const e = arr.elems;
    const parts = new Array<string>(e.length);
    for (let i = 0; i < e.length; i++) {
      const v = e[i];
      parts[i] = v !== undefined && v !== null ? item(v) : '';
    }
    return parts.join(sep);
  } finally {
    realm.unnest();
    joining.delete(arr);
  }
}
