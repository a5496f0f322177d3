// Arrays made in compiled code that never leave it: `const flags = new
// Array(n).fill(true)` whose register is only ever indexed, written and asked
// for its length. Such an array is made straight into its mirror (the host
// fills n doubles in linear memory and hands back an array with no elements
// yet: Mirrors.fresh), and where that register dies nothing can see the
// array again, so compiled code marks its mirror clean there and the host
// drops it without writing it back (codegen.ts, dropFreshMirror). Anything
// that hands the array to the host before (a deopt, an exec, an exception, a
// value of another type) writes the mirror back as for any array, and that
// is when its elements are made. Allocation sinking in the small:
// V8 spends 0.9 ms on `new Array(250001)` alone, and sieve copied its flags
// into the mirror and out again (0.6 ms) at every call.

import { Op, instructionSize } from '../vm/opcodes.js';
import { type Block, MIRROR_BOOLEANS, MIRROR_NUMBERS, argumentsOf, readsOf, writeOf } from './analysis.js';
import type { CompiledCode } from './webs.js';
import { Repr, reprOfValue } from './types.js';

/** One `new Array(n).fill(v)` compiled into its mirror. */
export interface FreshArray {
  /** The `.fill` call right after the `new` (its result register is the array's). */
  fillPc: number;
  /** The register holding the array from the fill on. */
  array: number;
  /** The register of n. */
  length: number;
  /** The register of v (a constant, or a register typed as a number or boolean). */
  value: number;
  /** MIRROR_NUMBERS or MIRROR_BOOLEANS: v's kind. */
  kind: number;
}

/** The function's blocks and the registers live at their ends (flow.ts). */
interface Liveness {
  blocks: readonly Block[];
  blockAt: ReadonlyMap<number, number>;
  liveOut: readonly Uint8Array[];
}

/**
 * The `new Array(n).fill(v)` pairs of a function whose array cannot escape,
 * by the pc of the `new`. `filledArray(pc)`: the New at pc is of the realm's
 * Array with one argument, and the next instruction calls `.fill` with one
 * argument on what it made (jit.ts knows the globals and names).
 */
export function freshArrays(fc: CompiledCode, flow: Liveness, repr: readonly Repr[], filledArray: (pc: number) => boolean): Map<number, FreshArray> {
  const code = fc.code;
  const n = fc.constantBase;
  const found = new Map<number, FreshArray>();
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    if (code[pc] !== Op.New || !filledArray(pc)) continue;
    const fillPc = pc + instructionSize(code, pc);
    const made = code[pc + 1];
    const array = code[fillPc + 1];
    const args = argumentsOf(code, fillPc);
    // (nothing may jump between the two)
    if (array >= n || flow.blockAt.has(fillPc)) continue;
    const kind = valueKind(fc, repr, args[0]);
    if (kind === 0 || (made !== array && liveAfter(code, flow, fillPc, made)) || !staysInside(code, array, fillPc)) continue;
    found.set(pc, { fillPc, array, length: argumentsOf(code, pc)[0], value: args[0], kind });
  }
  return found;
}

/** The mirror kind of fill's argument: a number or boolean constant, or a register typed as one; 0: another. */
function valueKind(fc: CompiledCode, repr: readonly Repr[], r: number): number {
  const t = r >= fc.constantBase ? reprOfValue(fc.registerTemplate[r]) : repr[r];
  return t === Repr.I32 || t === Repr.F64 ? MIRROR_NUMBERS : t === Repr.Bool ? MIRROR_BOOLEANS : 0;
}

/**
 * Whether register r holds only the array the fill at fillPc gives it, and
 * every read of it is an element read, an element write into it or its
 * length: no move, no store of it anywhere, no call, no return of it.
 */
function staysInside(code: Int32Array, r: number, fillPc: number): boolean {
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    if (pc !== fillPc && writeOf(code, pc) === r) return false;
    const reads = readsOf(code, pc).filter((x) => x === r).length;
    if (reads === 0) continue;
    const op = code[pc] as Op;
    const indexed = (op === Op.GetElem && code[pc + 2] === r && code[pc + 3] !== r)
      || (op === Op.SetElem && code[pc + 1] === r && code[pc + 2] !== r && code[pc + 3] !== r)
      || (op === Op.GetLength && code[pc + 2] === r);
    if (!indexed || reads !== 1) return false;
  }
  return true;
}

/** Whether register r is read after the instruction at pc before it is written again. */
function liveAfter(code: Int32Array, flow: Liveness, pc: number, r: number): boolean {
  const bi = flow.blocks.findIndex((b) => b.start <= pc && pc < b.end);
  const block = flow.blocks[bi];
  for (let p = pc + instructionSize(code, pc); p < block.end; p += instructionSize(code, p)) {
    if (readsOf(code, p).includes(r)) return true;
    if (writeOf(code, p) === r) return false;
  }
  return flow.liveOut[bi][r] === 1;
}
