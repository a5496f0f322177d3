// Value representations of compiled code and their lattice. Every register of
// a compiled function has ONE representation for the whole function (no SSA):
// the join of what is written to it and what the VM's type feedback saw read
// from it. i32 and f64 are unboxed numbers, bool is an i32 0/1, ref is any
// language value as an externref (numbers included, boxed by the host).

import { TypeBits } from '../vm/feedback.js';

export const enum Repr {
  None = 0,
  I32 = 1,
  F64 = 2,
  Bool = 3,
  Ref = 4,
}

export const REPR_NAMES = ['-', 'i32', 'f64', 'bool', 'ref'] as const;

export function join(a: Repr, b: Repr): Repr {
  if (a === Repr.None) return b;
  if (b === Repr.None || a === b) return a;
  if ((a === Repr.I32 && b === Repr.F64) || (a === Repr.F64 && b === Repr.I32)) return Repr.F64;
  return Repr.Ref;
}

/** The representation a feedback byte asks for (None: the site never ran). */
export function fromFeedback(bits: number): Repr {
  if (bits === 0) return Repr.None;
  if (bits === TypeBits.Int32) return Repr.I32;
  if ((bits & ~(TypeBits.Int32 | TypeBits.Double)) === 0) return Repr.F64;
  if (bits === TypeBits.Boolean) return Repr.Bool;
  return Repr.Ref;
}

/** The feedback byte holds numbers only (or nothing). */
export function numericOrNone(bits: number): boolean {
  return (bits & ~(TypeBits.Int32 | TypeBits.Double)) === 0;
}

/** The representation of a constant value. */
export function reprOfValue(v: unknown): Repr {
  if (typeof v === 'number') return (v | 0) === v && !Object.is(v, -0) ? Repr.I32 : Repr.F64;
  if (typeof v === 'boolean') return Repr.Bool;
  return Repr.Ref;
}

/** Does a host value fit a representation (entry checks, deopt results)? */
export function fits(v: unknown, r: Repr): boolean {
  switch (r) {
    case Repr.I32: return typeof v === 'number' && (v | 0) === v && !Object.is(v, -0);
    case Repr.F64: return typeof v === 'number';
    case Repr.Bool: return typeof v === 'boolean';
    default: return true;
  }
}

/** Name of a value's type for --trace-jit. */
export function seenType(v: unknown): string {
  if (typeof v === 'number') return (v | 0) === v && !Object.is(v, -0) ? 'int32' : 'double';
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'object';
  return typeof v;
}
