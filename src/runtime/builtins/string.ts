// String: conversion, String.fromCharCode, and the String.prototype methods,
// each applied to the host string after converting `this` and the arguments as
// the language does (so a program's own toString is honoured).

import { Messages } from '../messages.js';
import { toInteger, toNumber, toString } from '../operations.js';
import type { Realm } from '../realm.js';
import { JSFunction, type Value } from '../values.js';
import { arg, constructor, hostOptions, methods, row } from './define.js';
import { hostLocales, intlCall } from './locale.js';

export function installString(realm: Realm): void {
  const P = realm.StringPrototype;
  const StringCtor = constructor(realm, 'String', 1, P, (_t, a) => {
    if (a.length === 0) return '';
    return toString(realm, a[0]);
  });
  methods(realm, StringCtor, {
    fromCharCode: [1, (_t, a) => String.fromCharCode(...a.map((c) => toNumber(realm, c)))],
    fromCodePoint: [1, (_t, a) => {
      const points = a.map((c) => toNumber(realm, c));
      for (const p of points) if (!Number.isInteger(p) || p < 0 || p > 0x10ffff) throw realm.error('RangeError', Messages.fromCodePoint(String(p)));
      return String.fromCodePoint(...points);
    }],
  });

  const thisString = (t: Value, name: string): string => {
    if (typeof t === 'string') return t;
    if (t === null || t === undefined) throw realm.error('TypeError', `String.prototype.${name} called on null or undefined`);
    return toString(realm, t);
  };
  const str = (v: Value): string => toString(realm, v);
  const optInt = (v: Value): number | undefined => (v === undefined ? undefined : toInteger(realm, v));
  const num = (v: Value): number => toNumber(realm, v);

  methods(realm, P, {
    charAt: [1, (t, a) => thisString(t, 'charAt').charAt(toInteger(realm, arg(a, 0)))],
    charCodeAt: [1, (t, a) => thisString(t, 'charCodeAt').charCodeAt(toInteger(realm, arg(a, 0)))],
    codePointAt: [1, (t, a) => thisString(t, 'codePointAt').codePointAt(toInteger(realm, arg(a, 0)))],
    at: [1, (t, a) => thisString(t, 'at').at(toInteger(realm, arg(a, 0)))],
    indexOf: [1, (t, a) => thisString(t, 'indexOf').indexOf(str(arg(a, 0)), toInteger(realm, arg(a, 1)))],
    lastIndexOf: [1, (t, a) => {
      const pos = arg(a, 1) === undefined ? undefined : num(a[1]);
      return thisString(t, 'lastIndexOf').lastIndexOf(str(arg(a, 0)), pos !== pos ? undefined : pos);
    }],
    includes: [1, (t, a) => thisString(t, 'includes').includes(str(arg(a, 0)), toInteger(realm, arg(a, 1)))],
    startsWith: [1, (t, a) => thisString(t, 'startsWith').startsWith(str(arg(a, 0)), toInteger(realm, arg(a, 1)))],
    endsWith: [1, (t, a) => thisString(t, 'endsWith').endsWith(str(arg(a, 0)), optInt(arg(a, 1)))],
    slice: [2, (t, a) => thisString(t, 'slice').slice(toInteger(realm, arg(a, 0)), optInt(arg(a, 1)))],
    substring: [2, (t, a) => thisString(t, 'substring').substring(toInteger(realm, arg(a, 0)), optInt(arg(a, 1)))],
    substr: [2, (t, a) => thisString(t, 'substr').substr(toInteger(realm, arg(a, 0)), optInt(arg(a, 1)))],
    toUpperCase: [0, (t) => thisString(t, 'toUpperCase').toUpperCase()],
    toLowerCase: [0, (t) => thisString(t, 'toLowerCase').toLowerCase()],
    toLocaleUpperCase: [0, (t, a) => {
      const s = thisString(t, 'toLocaleUpperCase');
      const locales = hostLocales(realm, arg(a, 0));
      return intlCall(realm, () => s.toLocaleUpperCase(locales));
    }],
    toLocaleLowerCase: [0, (t, a) => {
      const s = thisString(t, 'toLocaleLowerCase');
      const locales = hostLocales(realm, arg(a, 0));
      return intlCall(realm, () => s.toLocaleLowerCase(locales));
    }],
    trim: [0, (t) => thisString(t, 'trim').trim()],
    trimStart: [0, (t) => thisString(t, 'trimStart').trimStart()],
    trimEnd: [0, (t) => thisString(t, 'trimEnd').trimEnd()],
    split: [2, (t, a) => {
      const s = thisString(t, 'split');
      const sep = arg(a, 0);
      const limit = arg(a, 1) === undefined ? undefined : num(a[1]) >>> 0;
      return realm.newArray(sep === undefined ? (limit === 0 ? [] : [s]) : s.split(str(sep), limit));
    }],
    repeat: [1, (t, a) => {
      const s = thisString(t, 'repeat');
      const n = toInteger(realm, arg(a, 0));
      if (n < 0 || n === Infinity) throw realm.error('RangeError', Messages.repeatCount(String(num(arg(a, 0)))));
      if (s.length * n > 0x1fffffe8) throw realm.error('RangeError', Messages.invalidStringLength());
      return s.repeat(n);
    }],
    padStart: [2, (t, a) => thisString(t, 'padStart').padStart(toInteger(realm, arg(a, 0)), arg(a, 1) === undefined ? undefined : str(a[1]))],
    padEnd: [2, (t, a) => thisString(t, 'padEnd').padEnd(toInteger(realm, arg(a, 0)), arg(a, 1) === undefined ? undefined : str(a[1]))],
    replace: [2, (t, a) => thisString(t, 'replace').replace(str(arg(a, 0)), replacer(arg(a, 1)) as string)],
    replaceAll: [2, (t, a) => thisString(t, 'replaceAll').replaceAll(str(arg(a, 0)), replacer(arg(a, 1)) as string)],
    concat: [1, (t, a) => thisString(t, 'concat').concat(...a.map(str))],
    // the host's collation (ICU, the default locale unless one is given), as node orders "a" before "B" and "é" before "f"
    localeCompare: [1, (t, a) => {
      const s = thisString(t, 'localeCompare');
      const that = str(arg(a, 0));
      const locales = hostLocales(realm, arg(a, 1));
      const options = hostOptions(realm, arg(a, 2));
      return intlCall(realm, () => s.localeCompare(that, locales, options));
    }],
    toString: row(0, (t: Value) => {
      if (typeof t !== 'string') throw realm.error('TypeError', Messages.thisNotA('String.prototype.toString', 'String'));
      return t;
    }),
    valueOf: row(0, (t: Value) => {
      if (typeof t !== 'string') throw realm.error('TypeError', Messages.thisNotA('String.prototype.valueOf', 'String'));
      return t;
    }),
  });

  /** A replacement string, or a program function called with (match, ...groups, offset, string). */
  function replacer(v: Value): string | ((...m: unknown[]) => string) {
    if (v instanceof JSFunction) return (...m: unknown[]) => str(realm.call(v, undefined, m));
    return str(v);
  }
}
