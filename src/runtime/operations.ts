// The language's abstract operations and operators (ECMAScript's ToNumber,
// ToString, ToPrimitive, ==, <, +, typeof, instanceof ...) over the shared object
// model. Primitives use the host's own operators, which have exactly JavaScript's
// semantics; objects go through ToPrimitive, which may call the program's own
// valueOf/toString. Every tier calls these for anything its fast paths skip.

import { Messages } from './messages.js';
import { getProperty, setConversions } from './properties.js';
import type { Realm } from './realm.js';
import { JSArray, JSFunction, JSObject, ObjectClass, type Value } from './values.js';

export function typeOf(v: Value): string {
  const t = typeof v;
  if (t === 'object') {
    if (v === null) return 'object';
    return v instanceof JSFunction ? 'function' : 'object';
  }
  return t;
}

export function toBoolean(v: Value): boolean {
  return typeof v === 'object' ? v !== null : !!v;
}

export function toPrimitive(realm: Realm, v: Value, hint: 'number' | 'string' | 'default'): Value {
  if (!(v instanceof JSObject)) return v;
  const order = hint === 'string' ? ['toString', 'valueOf'] : ['valueOf', 'toString'];
  for (const name of order) {
    const method = getProperty(realm, v, name);
    if (method instanceof JSFunction) {
      const result = realm.call(method, v, []);
      if (!(result instanceof JSObject)) return result;
    }
  }
  throw realm.error('TypeError', Messages.toPrimitive());
}

export function toNumber(realm: Realm, v: Value): number {
  if (typeof v === 'number') return v;
  if (v instanceof JSObject) return toNumber(realm, toPrimitive(realm, v, 'number'));
  return +v;
}

export function toNumeric(realm: Realm, v: Value): number {
  return typeof v === 'number' ? v : toNumber(realm, v);
}

/** Error.prototype.toString: `name: message`, either alone when the other is empty (V8 heads a stack with it too). */
export function errorToString(realm: Realm, error: JSObject): string {
  const n = getProperty(realm, error, 'name');
  const m = getProperty(realm, error, 'message');
  return errorHeadline(n === undefined ? 'Error' : toString(realm, n), m === undefined ? '' : toString(realm, m));
}

/** An error's first line, as Error.prototype.toString writes it: `Name: message`, or whichever is not empty. */
export function errorHeadline(name: string, message: string): string {
  return name === '' ? message : message === '' ? name : `${name}: ${message}`;
}

export function toString(realm: Realm, v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof JSObject) return toString(realm, toPrimitive(realm, v, 'string'));
  return String(v);
}

setConversions(toString, toNumber);

export function toInt32(realm: Realm, v: Value): number {
  return typeof v === 'number' ? v | 0 : toNumber(realm, v) | 0;
}

export function toUint32(realm: Realm, v: Value): number {
  return (typeof v === 'number' ? v : toNumber(realm, v)) >>> 0;
}

/** ToIntegerOrInfinity, used by builtins' index arguments. */
export function toInteger(realm: Realm, v: Value): number {
  const n = toNumber(realm, v);
  if (n !== n) return 0;
  return Math.trunc(n) + 0;
}

/** The `+` operator. */
export function add(realm: Realm, a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  const pa = toPrimitive(realm, a, 'default');
  const pb = toPrimitive(realm, b, 'default');
  if (typeof pa === 'string' || typeof pb === 'string') return toString(realm, pa) + toString(realm, pb);
  return toNumber(realm, pa) + toNumber(realm, pb);
}

/** `a < b` (and, with swapped operands and negation rules, the other relational operators). */
export function lessThan(realm: Realm, a: Value, b: Value, leftFirst: boolean): boolean | undefined {
  let pa: Value;
  let pb: Value;
  if (leftFirst) {
    pa = toPrimitive(realm, a, 'number');
    pb = toPrimitive(realm, b, 'number');
  } else {
    pb = toPrimitive(realm, b, 'number');
    pa = toPrimitive(realm, a, 'number');
  }
  if (typeof pa === 'string' && typeof pb === 'string') return pa < pb;
  const na = toNumber(realm, pa);
  const nb = toNumber(realm, pb);
  if (na !== na || nb !== nb) return undefined;
  return na < nb;
}

export function compare(realm: Realm, op: '<' | '>' | '<=' | '>=', a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case '<':
        return a < b;
      case '>':
        return a > b;
      case '<=':
        return a <= b;
      case '>=':
        return a >= b;
    }
  }
  switch (op) {
    case '<':
      return lessThan(realm, a, b, true) === true;
    case '>':
      return lessThan(realm, b, a, false) === true;
    case '<=': {
      const r = lessThan(realm, b, a, false);
      return r === false;
    }
    case '>=': {
      const r = lessThan(realm, a, b, true);
      return r === false;
    }
  }
}

export function strictEquals(a: Value, b: Value): boolean {
  return a === b;
}

/** The `==` operator. */
export function looseEquals(realm: Realm, a: Value, b: Value): boolean {
  if (typeof a === typeof b) return a === b;
  if (a === null || a === undefined) return b === null || b === undefined;
  if (b === null || b === undefined) return false;
  const aObj = a instanceof JSObject;
  const bObj = b instanceof JSObject;
  if (aObj && bObj) return a === b;
  if (aObj) return looseEquals(realm, toPrimitive(realm, a, 'default'), b);
  if (bObj) return looseEquals(realm, a, toPrimitive(realm, b, 'default'));
  // primitives of different types: the host's == has the language's semantics
  return a == b;
}

export function instanceOf(realm: Realm, v: Value, ctor: Value): boolean {
  if (!(ctor instanceof JSObject)) throw realm.error('TypeError', Messages.instanceofNotObject());
  if (!(ctor instanceof JSFunction)) throw realm.error('TypeError', Messages.instanceofNotCallable());
  let target: JSFunction = ctor;
  while (target.target) target = target.target; // bound functions test their target
  if (!(v instanceof JSObject)) return false;
  const proto = realm.functionPrototypeProperty(target);
  if (!(proto instanceof JSObject)) throw realm.error('TypeError', `Function has non-object prototype '${String(proto)}' in instanceof check`);
  for (let p = v.proto; p !== null; p = p.proto) if (p === proto) return true;
  return false;
}

/** Binary arithmetic and bitwise operators other than `+`, with ToNumeric on both sides. */
export function arithmetic(realm: Realm, op: string, a: Value, b: Value): number {
  const x = toNumeric(realm, a);
  const y = toNumeric(realm, b);
  switch (op) {
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return x / y;
    case '%':
      return x % y;
    case '**':
      return x ** y;
    case '&':
      return x & y;
    case '|':
      return x | y;
    case '^':
      return x ^ y;
    case '<<':
      return x << y;
    case '>>':
      return x >> y;
    case '>>>':
      return x >>> y;
    default:
      throw new Error(`unknown operator ${op}`);
  }
}

/** The object a value is, or a TypeError naming what it is not (for Object.keys and friends). */
export function toObject(realm: Realm, v: Value): JSObject | string | number | boolean {
  if (v === null || v === undefined) throw realm.error('TypeError', Messages.convertNullish());
  return v;
}

export function isArray(v: Value): v is JSArray {
  return v instanceof JSArray;
}

export function isError(v: Value): v is JSObject {
  return v instanceof JSObject && v.cls === ObjectClass.Error;
}

/** SameValueZero, as used by includes, Map and Set (the host's Map has the same rule). */
export function sameValueZero(a: Value, b: Value): boolean {
  return a === b || (a !== a && b !== b);
}
