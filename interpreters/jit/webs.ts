// Register splitting before compilation. The VM's compiler reuses a few
// temporary registers for everything (a number in a hot loop, an array built
// at the end), and compiled code gives each register ONE representation for
// the whole function (types.ts) — so one generic use would box every number
// that register ever holds, each box a host call. Here every value whose
// definition and uses all lie in one basic block, and which does not survive
// the block, gets its own register ("web"), and so its own representation.
//
// The result is a renamed copy of the bytecode in a view of the function
// (same pcs, same feedback sites and caches): registers [0, n) as before,
// split webs at [n, n + k), constants moved up by k. `origOf` maps every
// register back to the VM's numbering, which is what the host side speaks
// (exec flushes, OSR loads, deopt write-back); `splits` tells the deopt exit
// for which pcs a web holds its VM register's current value.

import type { Value } from '../../src/runtime/values.js';
import type { FunctionCode } from '../vm/function-code.js';
import { instructionSize, ROWS } from '../vm/opcodes.js';
import { flowOf, forEachRead } from './flow.js';

export interface Split {
  /** The web's register in the renamed code. */
  vreg: number;
  /** The VM register it stands for. */
  orig: number;
  /** The defining instruction; the web holds the VM register's value after it, through `last`. */
  def: number;
  last: number;
}

/**
 * What compilation reads of a function: its bytecode and register layout
 * (renamed here), the rest as the VM has it. A plain object on purpose: a
 * view made with Object.create(fc) turns the FunctionCode into a prototype,
 * which gives it a map of its own, and the VM's dispatch loop then met a
 * different map for every compiled function (measured: richards 1.8x slower
 * on the jit tier with nothing compiled).
 */
export interface CompiledCode {
  code: Int32Array;
  constantBase: number;
  registerCount: number;
  registerTemplate: Value[];
  argumentRegisters: Int32Array;
  handlers: readonly unknown[];
  restIndex: number;
  restRegister: number;
  thisRegister: number;
  feedback: Uint32Array;
}

export interface RenamedFunction {
  /** The function as compiled code sees it: renamed code and registers, everything else the VM's. */
  view: CompiledCode;
  /** Renamed register → VM register (constants map back to theirs). */
  origOf: Int32Array;
  splits: Split[];
}

interface OpenWeb {
  orig: number;
  def: number;
  last: number;
  /** Code slots holding this web's register (its definition and its uses). */
  slots: number[];
  splittable: boolean;
}

export function splitRegisters(fc: FunctionCode): RenamedFunction {
  const code = fc.code;
  const n = fc.constantBase;
  const { starts, ends, liveOut: outs } = flowOf(code, n);
  // registers that keep one register for the whole function: parameters, `this`, rest, read-modify-write operands, iteration pairs
  const fixed = new Uint8Array(n);
  for (const r of fc.argumentRegisters) fixed[r] = 1;
  if (fc.thisRegister >= 0) fixed[fc.thisRegister] = 1;
  if (fc.restRegister >= 0 && fc.restRegister < n) fixed[fc.restRegister] = 1;
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    ROWS[code[pc]].operands.forEach((kind, i) => {
      const r = code[pc + 1 + i];
      if (kind === 'inout' && r < n) fixed[r] = 1;
      if (kind === 'pair' && r + 1 < n) fixed[r] = fixed[r + 1] = 1;
    });
  }
  const webs: OpenWeb[] = [];
  starts.forEach((start, bi) => {
    const end = ends[bi];
    const open = new Map<number, OpenWeb>();
    for (let pc = start; pc < end; pc += instructionSize(code, pc)) {
      forEachRead(code, pc, (r, slot, window) => {
        const web = open.get(r);
        if (web === undefined) return;
        web.last = pc;
        if (window) web.splittable = false; // a window must stay consecutive
        else web.slots.push(slot);
      });
      ROWS[code[pc]].operands.forEach((kind, i) => {
        if (kind !== 'out') return;
        const r = code[pc + 1 + i];
        if (r >= n || fixed[r]) return;
        const before = open.get(r);
        if (before !== undefined) webs.push(before); // redefined in the block: the earlier value never leaves it
        open.set(r, { orig: r, def: pc, last: pc, slots: [pc + 1 + i], splittable: true });
      });
    }
    for (const [r, web] of open) {
      if (outs[bi][r]) web.splittable = false; // the value survives the block
      webs.push(web);
    }
  });
  const chosen = webs.filter((w) => w.splittable);
  const k = chosen.length;
  const renamed = code.slice();
  // constants move up by k (every register operand slot)
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    ROWS[code[pc]].operands.forEach((kind, i) => {
      const slot = pc + 1 + i;
      const v = code[slot];
      if ((kind === 'out' || kind === 'in' || kind === 'inout' || kind === 'pair' || kind === 'args') && v >= n) renamed[slot] = v + k;
      else if (kind === 'list') for (let j = 0; j < v; j++) if (code[slot + 1 + j] >= n) renamed[slot + 1 + j] = code[slot + 1 + j] + k;
    });
  }
  const origOf = new Int32Array(fc.registerCount + k);
  for (let r = 0; r < n; r++) origOf[r] = r;
  for (let r = n; r < fc.registerCount; r++) origOf[r + k] = r;
  const splits: Split[] = chosen.map((w, i) => {
    const vreg = n + i;
    origOf[vreg] = w.orig;
    for (const slot of w.slots) renamed[slot] = vreg;
    return { vreg, orig: w.orig, def: w.def, last: w.last };
  });
  const template = [...fc.registerTemplate.slice(0, n), ...new Array(k).fill(undefined), ...fc.registerTemplate.slice(n)];
  const view: CompiledCode = {
    code: renamed,
    constantBase: n + k,
    registerCount: fc.registerCount + k,
    registerTemplate: template,
    argumentRegisters: fc.argumentRegisters,
    handlers: fc.handlers,
    restIndex: fc.restIndex,
    restRegister: fc.restRegister,
    thisRegister: fc.thisRegister,
    feedback: fc.feedback,
  };
  return { view, origOf, splits };
}
