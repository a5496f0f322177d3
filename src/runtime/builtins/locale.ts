// The locales and options arguments of the locale-sensitive builtins
// (localeCompare, toLocaleString, toLocaleUpperCase ...), handed to the host's
// Intl as node hands them: a locale string or list of them, and an options
// object copied to a host object of the same own properties (define.ts).

import type { ErrorName, Realm } from '../realm.js';
import { toString } from '../operations.js';
import { JSArray, type Value } from '../values.js';

/** A locales argument for the host: undefined, a string, or a list of strings. */
export function hostLocales(realm: Realm, v: Value): string | string[] | undefined {
  if (v === undefined) return undefined;
  if (v instanceof JSArray) return v.elems.map((x) => toString(realm, x));
  return toString(realm, v);
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
