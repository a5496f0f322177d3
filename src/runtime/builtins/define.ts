// Helpers the builtin files use to declare their functions: one call per
// method, argument access with `undefined` for missing arguments, and receiver
// checks with Node's messages.

import { toNumber, toString } from '../operations.js';
import { getProperty, ownKeys } from '../properties.js';
import type { Realm } from '../realm.js';
import { Attr } from '../shape.js';
import { type JSFunction, JSObject, type NativeFunction, type Value } from '../values.js';

/** Defines a non-enumerable native method on `target` (as builtins' methods are). */
export function method(realm: Realm, target: JSObject, name: string, length: number, fn: NativeFunction): JSFunction {
  const f = realm.newNative(name, length, fn);
  target.setOwn(name, f, Attr.Hidden);
  return f;
}

export type MethodRow = [length: number, fn: NativeFunction];
export type MethodTable = Record<string, MethodRow>;

/**
 * A method row, for the names (toString, valueOf, ...) that TypeScript types from
 * Object.prototype inside an object literal instead of from the table's type.
 */
export function row(length: number, fn: NativeFunction): MethodRow {
  return [length, fn];
}

/** Defines a table of methods: `{ name: [length, fn] }`. */
export function methods(realm: Realm, target: JSObject, table: MethodTable): void {
  for (const name in table) method(realm, target, name, table[name][0], table[name][1]);
}

/** Defines non-enumerable constant values (read-only and permanent, as Math's and Number's are). */
export function constants(target: JSObject, table: Record<string, Value>): void {
  for (const name in table) target.setOwn(name, table[name], Attr.Hidden | Attr.Fixed);
}

/** A native constructor with its prototype object wired both ways. */
export function constructor(realm: Realm, name: string, length: number, prototype: JSObject, fn: NativeFunction): JSFunction {
  const ctor = realm.newNative(name, length, fn, true);
  ctor.setOwn('prototype', prototype, Attr.Hidden | Attr.Fixed);
  prototype.setOwn('constructor', ctor, Attr.Hidden);
  realm.builtinGlobals.set(name, ctor);
  return ctor;
}

export function arg(args: Value[], i: number): Value {
  return i < args.length ? args[i] : undefined;
}

/**
 * An options argument for a host function (Intl, util.inspect): a host object
 * with the language object's own enumerable properties. An option that is an
 * object converts, when the host reads it as a number or a string, through
 * the program's own valueOf or toString.
 */
export function hostOptions(realm: Realm, v: Value): Record<string, unknown> | undefined {
  if (!(v instanceof JSObject)) return v;
  const out: Record<string, unknown> = {};
  for (const key of ownKeys(v)) {
    const x = getProperty(realm, v, key);
    out[key] = x instanceof JSObject ? { valueOf: () => toNumber(realm, x), toString: () => toString(realm, x) } : x;
  }
  return out;
}
