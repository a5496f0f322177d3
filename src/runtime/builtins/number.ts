// Number (conversion, statics, toString(radix), toFixed, toPrecision) and the
// global number functions and values (parseInt, parseFloat, isNaN, isFinite,
// NaN, Infinity, undefined).

import { Messages } from '../messages.js';
import { toInteger, toNumber, toString } from '../operations.js';
import type { Realm } from '../realm.js';
import { type Value } from '../values.js';
import { arg, constants, constructor, hostOptions, methods, row } from './define.js';
import { hostLocales, intlCall } from './locale.js';

export function installNumber(realm: Realm): void {
  const P = realm.NumberPrototype;
  const NumberCtor = constructor(realm, 'Number', 1, P, (_t, a) => (a.length === 0 ? 0 : toNumber(realm, a[0])));
  constants(NumberCtor, {
    MAX_SAFE_INTEGER: Number.MAX_SAFE_INTEGER,
    MIN_SAFE_INTEGER: Number.MIN_SAFE_INTEGER,
    MAX_VALUE: Number.MAX_VALUE,
    MIN_VALUE: Number.MIN_VALUE,
    EPSILON: Number.EPSILON,
    POSITIVE_INFINITY: Infinity,
    NEGATIVE_INFINITY: -Infinity,
    NaN: NaN,
  });
  const parseIntFn = (_t: Value, a: Value[]) => parseInt(toString(realm, arg(a, 0)), toNumber(realm, arg(a, 1)));
  const parseFloatFn = (_t: Value, a: Value[]) => parseFloat(toString(realm, arg(a, 0)));
  methods(realm, NumberCtor, {
    isInteger: [1, (_t, a) => Number.isInteger(arg(a, 0))],
    isSafeInteger: [1, (_t, a) => Number.isSafeInteger(arg(a, 0))],
    isFinite: [1, (_t, a) => Number.isFinite(arg(a, 0))],
    isNaN: [1, (_t, a) => Number.isNaN(arg(a, 0))],
    parseInt: [2, parseIntFn],
    parseFloat: [1, parseFloatFn],
  });

  const thisNumber = (t: Value, method: string): number => {
    if (typeof t !== 'number') throw realm.error('TypeError', Messages.thisNotA(`Number.prototype.${method}`, 'Number'));
    return t;
  };
  methods(realm, P, {
    toString: row(1, (t: Value, a: Value[]) => {
      const n = thisNumber(t, 'toString');
      const radix = arg(a, 0) === undefined ? 10 : toInteger(realm, a[0]);
      if (radix < 2 || radix > 36) throw realm.error('RangeError', Messages.radix());
      return n.toString(radix);
    }),
    toFixed: [1, (t, a) => {
      const n = thisNumber(t, 'toFixed');
      const digits = toInteger(realm, arg(a, 0));
      if (digits < 0 || digits > 100) throw realm.error('RangeError', Messages.toFixedDigits());
      return n.toFixed(digits);
    }],
    toPrecision: [1, (t, a) => {
      const n = thisNumber(t, 'toPrecision');
      if (arg(a, 0) === undefined) return String(n);
      const p = toInteger(realm, a[0]);
      if (!Number.isFinite(n)) return String(n);
      if (p < 1 || p > 100) throw realm.error('RangeError', Messages.precision());
      return n.toPrecision(p);
    }],
    toExponential: [1, (t, a) => {
      const n = thisNumber(t, 'toExponential');
      const digits = toInteger(realm, arg(a, 0));
      if (!Number.isFinite(n)) return String(n);
      if (digits < 0 || digits > 100) throw realm.error('RangeError', Messages.exponentDigits());
      return arg(a, 0) === undefined ? n.toExponential() : n.toExponential(digits);
    }],
    toLocaleString: row(0, (t: Value, a: Value[]) => {
      const n = thisNumber(t, 'toLocaleString');
      const locales = hostLocales(realm, arg(a, 0));
      const options = hostOptions(realm, arg(a, 1));
      return intlCall(realm, () => n.toLocaleString(locales, options));
    }),
    valueOf: row(0, (t: Value) => thisNumber(t, 'valueOf')),
  });

  const globals = new Map<string, Value>([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['undefined', undefined],
  ]);
  for (const [name, value] of globals) realm.builtinGlobals.set(name, value);
  const global = realm.newObject();
  methods(realm, global, {
    parseInt: [2, parseIntFn],
    parseFloat: [1, parseFloatFn],
    isNaN: [1, (_t, a) => isNaN(toNumber(realm, arg(a, 0)))],
    isFinite: [1, (_t, a) => isFinite(toNumber(realm, arg(a, 0)))],
  });
  for (const name of ['parseInt', 'parseFloat', 'isNaN', 'isFinite']) realm.builtinGlobals.set(name, global.getOwn(name));
  // Number.parseInt === parseInt, as in JavaScript
  NumberCtor.setOwn('parseInt', global.getOwn('parseInt'), 1);
  NumberCtor.setOwn('parseFloat', global.getOwn('parseFloat'), 1);
}
