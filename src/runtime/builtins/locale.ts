// The locales and options arguments of the locale-sensitive builtins
// (localeCompare, toLocaleString, toLocaleUpperCase ...), handed to the host's
// Intl as node hands them: a locale string or list of them, and an options
// object copied to a host object of the same own properties.

import { ownKeys, getProperty } from '../properties.js';
import type { ErrorName, Realm } from '../realm.js';
import { toNumber, toString } from '../operations.js';
import { JSArray, JSObject, type Value } from '../values.js';

/** A locales argument for the host: undefined, a string, or a list of strings. */
export function hostLocales(realm: Realm, v: Value): string | string[] | undefined {
  if (v === undefined) return undefined;
  if (v instanceof JSArray) return v.elems.map((x) => toString(realm, x));
  return toString(realm, v);
}

/**
 * An options argument for the host: a host object with the language object's
 * own enumerable properties. An option that is an object converts, when the
 * host reads it as a number or a string, through the program's own valueOf
 * or toString.
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

/** Runs a host Intl call; a locale or option the host refuses is the language's RangeError or TypeError, with the host's message. */
export function intlCall<T>(realm: Realm, call: () => T): T {
  try {
    return call();
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) throw realm.error(e.name as ErrorName, e.message);
    throw e;
  }
}
