// Type feedback: what the VM records, while it runs, about the values that flow
// through each arithmetic, comparison and element-access instruction, for the
// JIT to specialise on. It is the interface between the two tiers, so its layout
// is documented here and kept deliberately plain:
//
//   FunctionCode.feedback: Uint32Array, one word per site. An instruction
//     with a `site` operand S owns word S, made of three bytes:
//       bits 0-7    the types seen as the left operand  (element access: the receiver)
//       bits 8-15   the types seen as the right operand (element access: the key)
//       bits 16-23  the types seen as the result        (element access: the value read
//                   or written; comparisons and conditional jumps leave it 0)
//     Unary sites (Neg, Inc, Dec, BitNot, ToNumeric) use the left and result bytes.
//     Each byte is an OR of the TypeBits below: it only ever grows, so "exactly
//     Int32" means every value seen was an int32, and 0 means the site never ran.
//     (One word per site makes recording a single OR into memory.)
//   FunctionCode.calls: how many times the function was entered.
//   FunctionCode.loopCounts: Uint32Array, back-edges taken per loop (the Loop
//     instruction's `loop` operand indexes it; FunctionCode.loopHeaders gives
//     the loop's header offset, the target of its back-edge).
//   FunctionCode.caches: the inline caches (shapes seen at property sites).
//
// When it is recorded: a function records feedback during its warm-up, while
// FunctionCode.feedbackBudget is not negative. The budget starts at
// FEEDBACK_BUDGET and every entry to the function and every back-edge it takes
// spends one; once it is spent the function runs without recording (a single
// branch per site), so a plain VM run pays almost nothing at steady state. This
// is the profiling window of tiered VMs: the feedback covers the executions the
// JIT decides on (its thresholds are below the budget). When compiled code
// deoptimises because a type changed later, the JIT sets the budget again and
// the VM records the new types. A site that never ran inside the window reads 0.
//
// Measuring the cost: SPEEDLAB_VM_FEEDBACK=0 compiles recording out (the
// module-level constant is false and V8 folds every recording branch away);
// SPEEDLAB_VM_FEEDBACK=always records on every execution (an infinite budget).

import { JSArray, JSObject, type Value } from '../../src/runtime/values.js';

/** Shifts of the three bytes of a feedback word. */
export const LEFT = 0;
export const RIGHT = 8;
export const RESULT = 16;

/** The left, right and result bytes of a feedback word. */
export function feedbackBytes(word: number): [left: number, right: number, result: number] {
  return [word & 0xff, (word >>> RIGHT) & 0xff, (word >>> RESULT) & 0xff];
}

/** Bits of one feedback byte. */
export const enum TypeBits {
  /** A number whose value is an int32 (-0 counts as int32 here; the JIT's guards must check it). */
  Int32 = 1,
  /** Any other number (fractions, NaN, infinities, beyond int32). */
  Double = 2,
  String = 4,
  Boolean = 8,
  /** A JSArray (dense elements). */
  Array = 16,
  /** Any other object (plain objects, functions, maps...). */
  Object = 32,
  /** undefined, null, or anything else. */
  Other = 64,
}

/** False when SPEEDLAB_VM_FEEDBACK=0: the recording code is folded away (used to measure its cost). */
export const RECORD_FEEDBACK: boolean = process.env.SPEEDLAB_VM_FEEDBACK !== '0';

/** Entries plus back-edges during which a function records feedback (Infinity with SPEEDLAB_VM_FEEDBACK=always). */
export const FEEDBACK_BUDGET: number = process.env.SPEEDLAB_VM_FEEDBACK === 'always' ? Infinity : 10_000;

/**
 * A number's TypeBits: -0 is a double (`(v | 0) === v` holds for it, but an
 * int32 cannot hold it: a site that saw -0 as int32 compiled a -0 guard that
 * failed in every version, and the JIT gave the function up).
 */
function numberBits(v: number): number {
  return (v | 0) === v && (v !== 0 || 1 / v > 0) ? TypeBits.Int32 : TypeBits.Double;
}

/** The TypeBits of one value. */
export function typeBits(v: Value): number {
  switch (typeof v) {
    case 'number':
      return numberBits(v);
    case 'string':
      return TypeBits.String;
    case 'boolean':
      return TypeBits.Boolean;
    case 'object':
      if (v instanceof JSArray) return TypeBits.Array;
      return v instanceof JSObject ? TypeBits.Object : TypeBits.Other;
    default:
      return TypeBits.Other;
  }
}

// The feedback words of the dispatch loop's fast paths (called only inside the window).

/** Two number operands. */
export function numbers2(a: number, b: number): number {
  return numberBits(a) | (numberBits(b) << RIGHT);
}

/** Two operands of any type. */
export function values2(a: Value, b: Value): number {
  return typeBits(a) | (typeBits(b) << RIGHT);
}

/** Two number operands and a number result. */
export function numbers3(a: number, b: number, r: number): number {
  return numbers2(a, b) | (numberBits(r) << RESULT);
}

/** A number operand and result of a unary operator. */
export function numberUnary(v: number, r: number): number {
  return numberBits(v) | (numberBits(r) << RESULT);
}

/** A dense-array element read or written with an int32 index. */
export function arrayElement(v: Value): number {
  return TypeBits.Array | (TypeBits.Int32 << RIGHT) | (typeBits(v) << RESULT);
}

/** A feedback byte as text: `int32|double`, or `-` when the site never ran. */
export function describeTypeBits(bits: number): string {
  if (bits === 0) return '-';
  const names: string[] = [];
  if (bits & TypeBits.Int32) names.push('int32');
  if (bits & TypeBits.Double) names.push('double');
  if (bits & TypeBits.String) names.push('string');
  if (bits & TypeBits.Boolean) names.push('boolean');
  if (bits & TypeBits.Array) names.push('array');
  if (bits & TypeBits.Object) names.push('object');
  if (bits & TypeBits.Other) names.push('other');
  return names.join('|');
}
