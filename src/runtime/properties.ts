// Property access with JavaScript's semantics over the shared object model:
// get / set / has / delete / own keys, for objects, arrays (dense elements),
// functions (lazy `prototype`, `name`, `length`), and primitives (through the
// realm's String/Number/Boolean prototypes). Every tier's property operations
// end here when their fast paths (inline caches, compiled code) do not apply.

import { Messages } from './messages.js';
import type { JSThrow, Realm } from './realm.js';
import { Attr, isArrayIndex } from './shape.js';
import { builtinTag, DELETED_LENGTH, DELETED_NAME, HOLE, JSArray, JSFunction, JSMap, JSObject, JSSet, ObjectClass, type Value } from './values.js';

/** A property key from any value: numbers in canonical form, everything else through ToString. */
export function toPropertyKey(realm: Realm, key: Value): string {
  if (typeof key === 'string') return key;
  if (typeof key === 'number') return String(key);
  return toStringForKey(realm, key);
}

let toStringForKey: (realm: Realm, v: Value) => string = (_realm, v) => String(v);
let toNumberForLength: (realm: Realm, v: Value) => number = (_realm, v) => Number(v);
/** operations.ts installs the full ToString and ToNumber (which can call user code) to avoid an import cycle. */
export function setConversions(toString: (realm: Realm, v: Value) => string, toNumber: (realm: Realm, v: Value) => number): void {
  toStringForKey = toString;
  toNumberForLength = toNumber;
}

/** The prototype used for property lookup on a primitive, or null for null/undefined. */
function primitiveProto(realm: Realm, v: Value): JSObject | null {
  switch (typeof v) {
    case 'string':
      return realm.StringPrototype;
    case 'number':
      return realm.NumberPrototype;
    case 'boolean':
      return realm.BooleanPrototype;
    default:
      return null;
  }
}

/** Looks `key` up on `obj` and its prototype chain. */
function lookup(realm: Realm, obj: JSObject | null, key: string): Value {
  while (obj !== null) {
    const slot = obj.shape.lookup(key);
    if (slot >= 0) return obj.slots[slot];
    if (obj instanceof JSFunction) {
      const special = functionOwn(realm, obj, key);
      if (special !== HOLE) return special;
    } else if (obj instanceof JSArray) {
      if (key === 'length') return obj.elems.length;
      if (isArrayIndex(key)) {
        const i = Number(key);
        if (i < obj.elems.length && i in obj.elems) return obj.elems[i];
      }
    }
    obj = obj.proto;
  }
  return undefined;
}

/** `name`, `length` and the lazily created `prototype` of functions; HOLE when not one of them. */
function functionOwn(realm: Realm, fn: JSFunction, key: string): Value {
  switch (key) {
    case 'name':
      return fn.deletedOwn & DELETED_NAME ? HOLE : fn.name;
    case 'length':
      return fn.deletedOwn & DELETED_LENGTH ? HOLE : fn.length;
    case 'prototype':
      if (fn.lazyPrototype) return realm.functionPrototypeProperty(fn);
      return HOLE;
    default:
      return HOLE;
  }
}

/** `obj[key]` for a string key. */
export function getProperty(realm: Realm, obj: Value, key: string): Value {
  if (obj instanceof JSObject) {
    const slot = obj.shape.lookup(key);
    if (slot >= 0) {
      // (V8 formats an error's stack when it is first read: with the name and message it has then)
      if (obj.cls === ObjectClass.Error && key === 'stack') return realm.shownStack(obj);
      return obj.slots[slot];
    }
    if (key === 'size') {
      if (obj instanceof JSMap) return obj.map.size;
      if (obj instanceof JSSet) return obj.set.size;
    }
    return lookup(realm, obj, key);
  }
  if (typeof obj === 'string') {
    if (key === 'length') return obj.length;
    if (isArrayIndex(key)) {
      const i = Number(key);
      if (i < obj.length) return obj[i];
    }
  }
  const proto = primitiveProto(realm, obj);
  if (proto === null) throw realm.error('TypeError', Messages.readNullish(String(obj), key));
  return lookup(realm, proto, key);
}

/** `obj[key]` for any key value, with the array and string fast paths for integer keys. */
export function getElement(realm: Realm, obj: Value, key: Value): Value {
  if (typeof key === 'number') {
    if (obj instanceof JSArray) {
      const elems = obj.elems;
      if (key >= 0 && key < elems.length && (key | 0) === key) {
        const v = elems[key];
        if (v !== undefined || key in elems) return v;
      }
    } else if (typeof obj === 'string' && key >= 0 && key < obj.length && (key | 0) === key) {
      return obj[key];
    }
  }
  if (obj === null || obj === undefined) throw nullishAccess(realm, obj, key, false);
  return getProperty(realm, obj, toPropertyKey(realm, key));
}

/**
 * The TypeError for reading (or setting) `obj[key]` of null or undefined. V8 names the key
 * without running the program's code: an object key (not a function) goes unnamed.
 */
export function nullishAccess(realm: Realm, obj: null | undefined, key: Value, setting: boolean): JSThrow {
  const base = String(obj);
  if (key instanceof JSObject && !(key instanceof JSFunction)) {
    return realm.error('TypeError', setting ? Messages.setNullishNoKey(base) : Messages.readNullishNoKey(base));
  }
  const name = toPropertyKey(realm, key);
  return realm.error('TypeError', setting ? Messages.setNullish(base, name) : Messages.readNullish(base, name));
}

/** `obj[key] = value` for a string key. */
export function setProperty(realm: Realm, obj: Value, key: string, value: Value): void {
  if (obj instanceof JSObject) {
    const slot = obj.shape.lookup(key);
    if (slot >= 0) {
      if (!(obj.shape.attrs[slot] & Attr.Fixed)) obj.slots[slot] = value; // (a read-only property keeps its value)
      return;
    }
    if (obj instanceof JSArray) {
      if (key === 'length') return setArrayLength(realm, obj, value);
      if (isArrayIndex(key)) return setArrayElement(realm, obj, Number(key), value);
    } else if (obj instanceof JSFunction) {
      if (key === 'prototype' && obj.lazyPrototype) realm.materializePrototype(obj);
      if (key === 'name' || key === 'length') return; // read-only, silently ignored in sloppy mode
    }
    obj.setOwn(key, value);
    return;
  }
  if (obj === null || obj === undefined) throw realm.error('TypeError', Messages.setNullish(String(obj), key));
  // writes to primitives are ignored (sloppy mode)
}

/**
 * The TypeError strict-mode code gets for a store that sloppy code makes silently, or null
 * (the store goes ahead): to a property of a primitive, or to a function's read-only name or
 * length. null and undefined are left to the store itself.
 */
export function refusedStore(realm: Realm, obj: Value, key: Value): JSThrow | null {
  if (obj instanceof JSObject) {
    // (an object key is not converted here: its toString runs once, in the store itself)
    if (typeof key !== 'string' && typeof key !== 'number') return null;
    const name = toPropertyKey(realm, key);
    const slot = obj.shape.lookup(name);
    const readOnly = slot >= 0 ? (obj.shape.attrs[slot] & Attr.Fixed) !== 0 : obj instanceof JSFunction && (name === 'name' || name === 'length');
    if (!readOnly) return null;
    if (obj instanceof JSFunction) return realm.error('TypeError', Messages.readOnlyOfFunction(name, realm.functionSource(obj)));
    return realm.error('TypeError', Messages.readOnlyOfPrimitive(name, 'object', realm.describe(obj)));
  }
  if (obj === null || obj === undefined) return null;
  const name = toPropertyKey(realm, key);
  // (a string's length and characters are its own read-only properties)
  const own = typeof obj === 'string' && (name === 'length' || (isArrayIndex(name) && Number(name) < obj.length));
  return realm.error('TypeError', (own ? Messages.readOnlyOfPrimitive : Messages.createOnPrimitive)(name, typeof obj, String(obj)));
}

/** `obj[key] = value` as builtins store (Set with Throw true, as in Object.assign): a read-only property is a TypeError. */
export function setPropertyOrThrow(realm: Realm, obj: Value, key: string, value: Value): void {
  const refused = refusedStore(realm, obj, key);
  if (refused !== null) throw refused;
  setProperty(realm, obj, key, value);
}

/** `obj[key] = value` for any key value, with the dense-array fast path. */
export function setElement(realm: Realm, obj: Value, key: Value, value: Value): void {
  if (typeof key === 'number' && obj instanceof JSArray) {
    const elems = obj.elems;
    if (key >= 0 && (key | 0) === key && key <= elems.length) {
      if (key === elems.length) elems.push(value);
      else elems[key] = value;
      return;
    }
  }
  if (obj === null || obj === undefined) throw nullishAccess(realm, obj, key, true);
  setProperty(realm, obj, toPropertyKey(realm, key), value);
}

export function setArrayElement(realm: Realm, arr: JSArray, index: number, value: Value): void {
  const elems = arr.elems;
  if (index === elems.length) elems.push(value);
  else elems[index] = value; // (far past the end too: the host keeps a sparse array as a dictionary, as V8 does the language's)
}

export function setArrayLength(realm: Realm, arr: JSArray, value: Value): void {
  // ToUint32 and then ToNumber of the value, each converting it (an object's valueOf runs twice, as in V8)
  const uint32 = (typeof value === 'number' ? value : toNumberForLength(realm, value)) >>> 0;
  const n = typeof value === 'number' ? value : toNumberForLength(realm, value);
  if (uint32 !== n) throw realm.error('RangeError', Messages.invalidArrayLength());
  arr.elems.length = n;
}

/** `key in obj` (obj must be an object). */
export function hasProperty(realm: Realm, obj: Value, key: Value): boolean {
  if (!(obj instanceof JSObject)) {
    throw realm.error('TypeError', Messages.inOperator(toPropertyKey(realm, key), describePrimitive(obj)));
  }
  const k = toPropertyKey(realm, key);
  for (let o: JSObject | null = obj; o !== null; o = o.proto) if (hasOwnProperty(o, k)) return true;
  return false;
}

function describePrimitive(v: Value): string {
  return typeof v === 'string' ? v : String(v);
}

export function hasOwnProperty(obj: JSObject, key: string): boolean {
  if (obj.shape.lookup(key) >= 0) return true;
  if (obj instanceof JSArray) {
    if (key === 'length') return true;
    if (isArrayIndex(key)) return Number(key) in obj.elems;
  } else if (obj instanceof JSFunction) {
    if (key === 'name') return !(obj.deletedOwn & DELETED_NAME);
    if (key === 'length') return !(obj.deletedOwn & DELETED_LENGTH);
    if (key === 'prototype') return obj.lazyPrototype;
  }
  return false;
}

/**
 * `delete obj[key]`: true unless the property cannot be deleted (is not configurable),
 * which strict code gets as a TypeError.
 */
export function deleteProperty(realm: Realm, obj: Value, key: Value, strict = false): boolean {
  if (obj === null || obj === undefined) throw realm.error('TypeError', Messages.convertNullish());
  const k = toPropertyKey(realm, key);
  if (deletes(obj, k)) return true;
  if (!strict) return false;
  const what = obj instanceof JSObject ? realm.describe(obj) : `[object ${builtinTag(obj)}]`;
  throw realm.error('TypeError', Messages.cannotDelete(k, what));
}

/** Deletes `obj[k]` if it can be deleted: false for a permanent property. */
function deletes(obj: Value, k: string): boolean {
  if (!(obj instanceof JSObject)) {
    // (a string's length and characters cannot be deleted)
    if (typeof obj !== 'string') return true;
    return !(k === 'length' || (isArrayIndex(k) && Number(k) < obj.length));
  }
  const slot = obj.shape.lookup(k);
  if (slot >= 0 && obj.shape.attrs[slot] & Attr.Fixed) return false;
  if (obj instanceof JSFunction) {
    // (nor can a function's prototype; its name and length can, and then Function.prototype's show through)
    if (k === 'prototype' && (obj.lazyPrototype || slot >= 0)) return false;
    if (k === 'name') obj.deletedOwn |= DELETED_NAME;
    if (k === 'length') obj.deletedOwn |= DELETED_LENGTH;
  }
  if (obj instanceof JSArray) {
    if (k === 'length') return false;
    if (isArrayIndex(k)) {
      delete obj.elems[Number(k)];
      return true;
    }
  }
  obj.deleteOwn(k);
  return true;
}

/** The object a rest element of an object pattern gets: the value's own enumerable properties not `used` (a string's characters too). */
export function objectRest(realm: Realm, value: Value, used: string[]): JSObject {
  const rest = realm.newObject();
  if (value instanceof JSObject) {
    for (const key of ownKeys(value)) if (!used.includes(key)) rest.setOwn(key, getProperty(realm, value, key));
  } else if (typeof value === 'string') {
    for (let i = 0; i < value.length; i++) if (!used.includes(String(i))) rest.setOwn(String(i), value[i]);
  }
  return rest;
}

/**
 * Own enumerable string keys in JavaScript order: array indices ascending, then
 * integer-like keys ascending, then the rest in insertion order.
 */
export function ownKeys(obj: JSObject, includeHidden = false): string[] {
  const keys: string[] = [];
  if (obj instanceof JSArray) {
    // (the host lists a sparse array's indices without walking its length, in ascending order)
    for (const k of Object.keys(obj.elems)) keys.push(k);
    if (includeHidden) keys.push('length');
  }
  const shape = obj.shape;
  if (shape.hasIndexKeys) {
    const indices: string[] = [];
    const named: string[] = [];
    for (let i = 0; i < shape.keys.length; i++) {
      if (!includeHidden && shape.attrs[i] & Attr.Hidden) continue;
      const k = shape.keys[i];
      (isArrayIndex(k) ? indices : named).push(k);
    }
    indices.sort((a, b) => Number(a) - Number(b));
    keys.push(...indices, ...named);
  } else {
    for (let i = 0; i < shape.keys.length; i++) {
      if (!includeHidden && shape.attrs[i] & Attr.Hidden) continue;
      keys.push(shape.keys[i]);
    }
  }
  return keys;
}

/**
 * A for-in loop in progress: the keys it takes when it starts (own enumerable keys, then
 * inherited ones not already seen) and the object, so that a key deleted before its turn
 * is skipped, as in JavaScript (keys added meanwhile are not visited).
 */
export class ForIn {
  constructor(readonly object: Value, readonly keys: string[]) {}

  /** The index of the first key at `from` or later that the object still has, or -1: done. */
  next(from: number): number {
    const keys = this.keys;
    const obj = this.object;
    for (let i = from; i < keys.length; i++) {
      if (!(obj instanceof JSObject)) return i;
      for (let o: JSObject | null = obj; o !== null; o = o.proto) if (hasOwnProperty(o, keys[i])) return i;
    }
    return -1;
  }
}

export function forInStart(realm: Realm, value: Value): ForIn {
  return new ForIn(value, forInKeys(realm, value));
}

/** Whether `proto` or an object up its chain has an enumerable property. */
function inheritsEnumerable(proto: JSObject): boolean {
  for (let o: JSObject | null = proto; o !== null; o = o.proto) if (ownKeys(o).length > 0) return true;
  return false;
}

function forInKeys(realm: Realm, value: Value): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return Array.from({ length: value.length }, (_, i) => String(i));
  if (!(value instanceof JSObject)) return [];
  const own = ownKeys(value);
  // (the usual case: nothing inherited is enumerable unless the program put it on Object.prototype or Array.prototype)
  if (value.proto === null) return own;
  if ((value.proto === realm.ObjectPrototype || value.proto === realm.ArrayPrototype) && !inheritsEnumerable(value.proto)) return own;
  const seen = new Set(own);
  const keys = own;
  for (let o: JSObject | null = value.proto; o !== null; o = o.proto) {
    for (const k of ownKeys(o, true)) {
      if (seen.has(k)) continue;
      seen.add(k);
      const slot = o.shape.lookup(k);
      if (slot >= 0 && !(o.shape.attrs[slot] & Attr.Hidden)) keys.push(k);
    }
  }
  return keys;
}
