// How V8 words the TypeError for iterating something that is not iterable, or
// destructuring null/undefined, depends on where in the source the value came
// from (V8 prints the expression it finds at the error's position, or a
// description of the value when it finds none). The front end fixes that per
// site at compile time (src/front/error-sites.ts) as one string, so a tier can
// keep it as a constant: a kind letter, then its text. The text `UNNAMED` stands
// for the value's own description, known only at run time (`object null`,
// `number 5`).

import { Messages } from './messages.js';

export const UNNAMED = '\u0000';

/** Site kinds of an iteration: `x is not iterable` and its variants. */
export const Iter = {
  /** V8 names the expression: `x is not iterable`. */
  Named: 'N',
  /** A call V8 names by its callee: `f is not a function or its return value is not iterable`. */
  Call: 'C',
  /** V8 names the text but not the iteration: `x is not iterable (cannot read property Symbol(Symbol.iterator))`. */
  Unread: 'U',
  /** The only spread argument of a call, last: its own wording for null/undefined and for the rest. */
  CallSpread: 'S',
} as const;

/** Site kinds of an object pattern given null or undefined. */
export const Nullish = {
  /** `Cannot destructure property 'k' of 'x' as it is null.` (then the key, a NUL, the text) */
  Property: 'P',
  /** `Cannot destructure 'x' as it is null.` */
  Whole: 'W',
  /** `Cannot read properties of null (reading 'k')` (then the key) */
  Read: 'R',
  /** `Cannot read properties of null` */
  Bare: 'B',
} as const;

/** V8's description of a value it cannot name by its source: `undefined`, `object null`, `number 5`, `object`, `function`. */
export function describeUnnamed(v: unknown, isFunction: boolean): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'object null';
  if (typeof v === 'object') return isFunction ? 'function' : 'object';
  return typeof v === 'string' ? `string "${v}"` : `${typeof v} ${String(v)}`;
}

function named(text: string, v: unknown, isFunction: boolean): string {
  return text === UNNAMED ? describeUnnamed(v, isFunction) : text;
}

/** The message for iterating `v` (not iterable) at `site`. */
export function notIterableAt(site: string, v: unknown, isFunction: boolean): string {
  const text = named(site.slice(1), v, isFunction);
  switch (site[0]) {
    case Iter.Named: return Messages.notIterable(text);
    case Iter.Call: return Messages.callResultNotIterable(text);
    case Iter.CallSpread: return v === null || v === undefined ? Messages.notIterableNullishSpread(text, String(v)) : Messages.spreadNotIterable();
    default: return Messages.notIterableArgument(text);
  }
}

/** The message for destructuring `v` (null or undefined) with an object pattern at `site`. */
export function destructureNullishAt(site: string, v: null | undefined): string {
  const value = String(v);
  const rest = site.slice(1);
  switch (site[0]) {
    case Nullish.Property: {
      const cut = rest.indexOf('\u0001');
      return Messages.destructureProperty(rest.slice(0, cut), named(rest.slice(cut + 1), v, false), value);
    }
    case Nullish.Whole: return Messages.destructureNullish(named(rest, v, false), value);
    case Nullish.Read: return Messages.readNullish(value, rest);
    default: return Messages.readNullishNoKey(value);
  }
}
