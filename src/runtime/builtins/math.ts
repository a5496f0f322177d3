// Math: every function and constant, each applied to ToNumber of its arguments
// (the host's Math has exactly the language's semantics on numbers).

import { toNumber } from '../operations.js';
import type { Realm } from '../realm.js';
import { constants, method } from './define.js';

const CONSTANTS = ['E', 'LN10', 'LN2', 'LOG10E', 'LOG2E', 'PI', 'SQRT1_2', 'SQRT2'] as const;
const FUNCTIONS = [
  'abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'clz32', 'cos', 'cosh', 'exp',
  'expm1', 'floor', 'fround', 'hypot', 'imul', 'log', 'log10', 'log1p', 'log2', 'max', 'min', 'pow', 'random',
  'round', 'sign', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc',
] as const;

export function installMath(realm: Realm): void {
  const M = realm.newObject();
  constants(M, Object.fromEntries(CONSTANTS.map((name) => [name, Math[name]])));
  for (const name of FUNCTIONS) {
    const host = Math[name] as (...xs: number[]) => number;
    method(realm, M, name, host.length, (_t, args) => {
      switch (args.length) {
        case 0:
          return host();
        case 1:
          return host(typeof args[0] === 'number' ? args[0] : toNumber(realm, args[0]));
        case 2:
          return host(typeof args[0] === 'number' ? args[0] : toNumber(realm, args[0]), typeof args[1] === 'number' ? args[1] : toNumber(realm, args[1]));
        default:
          return host(...args.map((a) => toNumber(realm, a)));
      }
    });
  }
  realm.toStringTags.set(M, 'Math');
  realm.builtinGlobals.set('Math', M);
}
