// What the code generator needs to know about one function's bytecode before
// emitting anything: its basic blocks (leaders: entry, jump targets, the
// instruction after a branch), the registers live at entry (read before any
// write: they must be able to hold `undefined`), and one representation per
// register, inferred as a fixpoint over the writes and the VM's type feedback
// (see types.ts). It also decides eligibility: a function compiles only when
// every instruction is one codegen.ts handles; otherwise `reason` says why.

import type { FunctionCode } from '../vm/function-code.js';
import { feedbackBytes } from '../vm/feedback.js';
import { instructionSize, Op, ROWS } from '../vm/opcodes.js';
import { fromFeedback, join, numericOrNone, Repr, reprOfValue } from './types.js';

export class Ineligible extends Error {
  constructor(readonly pc: number, reason: string) {
    super(reason);
  }
}

export const BRANCHES = new Set<Op>([
  Op.Jump, Op.Loop, Op.JumpIfTrue, Op.JumpIfFalse, Op.JumpIfInt, Op.JumpIfNullish, Op.JumpIfNotNullish, Op.JumpIfUndefined, Op.JumpIfNotUndefined,
  Op.JumpIfLt, Op.JumpIfLe, Op.JumpIfGt, Op.JumpIfGe, Op.JumpIfEq, Op.JumpIfNe, Op.JumpIfStrictEq, Op.JumpIfStrictNe,
  Op.JumpIfNotLt, Op.JumpIfNotLe, Op.JumpIfNotGt, Op.JumpIfNotGe,
  Op.LoopIfTrue, Op.LoopIfLt, Op.LoopIfLe, Op.LoopIfGt, Op.LoopIfGe, Op.LoopIfNe, Op.LoopIfStrictNe,
]);

/** Instructions codegen.ts compiles (anything else makes the function ineligible). */
export const SUPPORTED = new Set<Op>([
  ...BRANCHES, Op.Move, Op.LoadInt, Op.Return,
  Op.Add, Op.Sub, Op.Mul, Op.Div, Op.Mod, Op.BitAnd, Op.BitOr, Op.BitXor, Op.Shl, Op.Shr, Op.UShr,
  Op.Lt, Op.Gt, Op.Le, Op.Ge, Op.Eq, Op.Ne, Op.StrictEq, Op.StrictNe,
  Op.Neg, Op.ToNumber, Op.ToNumeric, Op.Inc, Op.Dec, Op.BitNot, Op.Not,
  Op.GetElem, Op.SetElem, Op.GetLength, Op.GetNamed, Op.SetNamed, Op.CallGlobal, Op.LoadGlobal,
]);

export interface Block {
  start: number;
  end: number;
}

export interface Analysis {
  blocks: Block[];
  /** Block index by start pc. */
  blockAt: Map<number, number>;
  /** Representation per register (None: unused; constants get theirs from the value). */
  repr: Repr[];
  ret: Repr;
}

/** Register operands read by an instruction (list operands included). */
export function readsOf(code: Int32Array, pc: number): number[] {
  const row = ROWS[code[pc]];
  const out: number[] = [];
  row.operands.forEach((k, i) => {
    const v = code[pc + 1 + i];
    if (k === 'in' || k === 'inout') out.push(v);
    else if (k === 'list') for (let j = 0; j < v; j++) out.push(code[pc + 2 + i + j]);
  });
  return out;
}

export function writeOf(code: Int32Array, pc: number): number {
  const row = ROWS[code[pc]];
  const i = row.operands.findIndex((k) => k === 'out' || k === 'inout');
  return i < 0 ? -1 : code[pc + 1 + i];
}

/** The jump target of a branch instruction. */
export function targetOf(code: Int32Array, pc: number): number {
  const row = ROWS[code[pc]];
  return code[pc + 1 + row.operands.indexOf('jump')];
}

export function siteOf(code: Int32Array, pc: number): number {
  const row = ROWS[code[pc]];
  const i = row.operands.indexOf('site');
  return i < 0 ? -1 : code[pc + 1 + i];
}

/**
 * `returnReprOf(callee pc)` gives the representation a CallGlobal at that pc
 * returns (the callee's compiled return, or Ref; -1 for a call of the function itself).
 */
export function analyse(fc: FunctionCode, returnReprOf: (pc: number) => Repr | -1): Analysis {
  const code = fc.code;
  if (fc.handlers.length > 0) throw new Ineligible(0, 'has exception handlers');
  if (fc.restIndex >= 0) throw new Ineligible(0, 'has a rest parameter');
  if (fc.thisRegister >= 0) throw new Ineligible(0, 'uses this');
  const leaders = new Set<number>([0]);
  const pcs: number[] = [];
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    pcs.push(pc);
    const op = code[pc] as Op;
    if (!SUPPORTED.has(op)) throw new Ineligible(pc, `unsupported instruction ${ROWS[op].name}`);
    if (BRANCHES.has(op)) {
      leaders.add(targetOf(code, pc));
      leaders.add(pc + instructionSize(code, pc));
    } else if (op === Op.Return) leaders.add(pc + instructionSize(code, pc));
  }
  const starts = [...leaders].filter((p) => p < code.length).sort((a, b) => a - b);
  const blocks: Block[] = starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] : code.length }));
  const blockAt = new Map<number, number>();
  blocks.forEach((b, i) => blockAt.set(b.start, i));

  // liveness at entry (backward dataflow over the blocks)
  const n = fc.constantBase;
  const succ = blocks.map((b) => {
    let last = b.start;
    for (let pc = b.start; pc < b.end; pc += instructionSize(code, pc)) last = pc;
    const op = code[last] as Op;
    const out: number[] = [];
    if (op === Op.Return) return out;
    if (BRANCHES.has(op)) out.push(blockAt.get(targetOf(code, last))!);
    if (op !== Op.Jump && op !== Op.Loop && b.end < code.length) out.push(blockAt.get(b.end)!);
    return out;
  });
  const liveIn = blocks.map(() => new Uint8Array(n));
  for (let changed = true; changed; ) {
    changed = false;
    for (let bi = blocks.length - 1; bi >= 0; bi--) {
      const live = new Uint8Array(n);
      for (const s of succ[bi]) for (let r = 0; r < n; r++) live[r] |= liveIn[s][r];
      const ins: number[] = [];
      for (let pc = blocks[bi].start; pc < blocks[bi].end; pc += instructionSize(code, pc)) ins.push(pc);
      for (let k = ins.length - 1; k >= 0; k--) {
        const w = writeOf(code, ins[k]);
        if (w >= 0 && w < n && ROWS[code[ins[k]]].operands.indexOf('inout') < 0) live[w] = 0;
        for (const r of readsOf(code, ins[k])) if (r < n) live[r] = 1;
      }
      for (let r = 0; r < n; r++) if (live[r] !== liveIn[bi][r]) { liveIn[bi][r] = live[r]; changed = true; }
    }
  }

  // representations: a fixpoint of joins
  const repr: Repr[] = new Array(fc.registerCount).fill(Repr.None);
  for (let r = n; r < fc.registerCount; r++) repr[r] = reprOfValue(fc.registerTemplate[r]);
  const params = new Set<number>(fc.argumentRegisters);
  for (let r = 0; r < n; r++) if (liveIn[0][r] && !params.has(r)) repr[r] = Repr.Ref;
  const FB = fc.feedback;
  // hints from feedback at reads
  for (const pc of pcs) {
    const site = siteOf(code, pc);
    if (site < 0) continue;
    const op = code[pc] as Op;
    if (op === Op.GetElem || op === Op.SetElem) continue;
    const [l, rr] = feedbackBytes(FB[site]);
    const ins = readsOf(code, pc);
    if (ins[0] !== undefined && ins[0] < n) repr[ins[0]] = join(repr[ins[0]], fromFeedback(l));
    if (ins[1] !== undefined && ins[1] < n && ROWS[op].operands.length >= 4) repr[ins[1]] = join(repr[ins[1]], fromFeedback(rr));
  }
  /** The representation an operand is used in arithmetic: numbers stay, a ref becomes what feedback saw. */
  const num = (r: number, bits: number): Repr => {
    const t = repr[r];
    if (t === Repr.I32 || t === Repr.F64) return t;
    if (t === Repr.Bool) return Repr.Ref;
    if (!numericOrNone(bits)) return Repr.Ref;
    const f = fromFeedback(bits);
    return f === Repr.None ? Repr.F64 : f;
  };
  let ret = Repr.None;
  for (let changed = true; changed; ) {
    changed = false;
    const set = (r: number, t: Repr) => {
      if (r >= n) return;
      const j = join(repr[r], t);
      if (j !== repr[r]) { repr[r] = j; changed = true; }
    };
    for (const pc of pcs) {
      const op = code[pc] as Op;
      const a = code[pc + 1];
      const site = siteOf(code, pc);
      const [lb, rb, resb] = site >= 0 ? feedbackBytes(FB[site]) : [0, 0, 0];
      switch (op) {
        case Op.Move: set(a, repr[code[pc + 2]]); break;
        case Op.LoadInt: set(a, Repr.I32); break;
        case Op.Add: case Op.Sub: case Op.Mul: case Op.Mod: {
          const x = num(code[pc + 2], lb);
          const y = num(code[pc + 3], rb);
          if (x === Repr.Ref || y === Repr.Ref) throw new Ineligible(pc, `${ROWS[op].name} on non-numbers`);
          set(a, x === Repr.I32 && y === Repr.I32 && (resb & ~1) === 0 ? Repr.I32 : Repr.F64);
          break;
        }
        case Op.Div: case Op.BitAnd: case Op.BitOr: case Op.BitXor: case Op.Shl: case Op.Shr: case Op.UShr: {
          if (num(code[pc + 2], lb) === Repr.Ref || num(code[pc + 3], rb) === Repr.Ref) throw new Ineligible(pc, `${ROWS[op].name} on non-numbers`);
          set(a, op === Op.Div ? Repr.F64 : op === Op.UShr && (resb & ~1) !== 0 ? Repr.F64 : Repr.I32);
          break;
        }
        case Op.Neg: case Op.Inc: case Op.Dec: case Op.ToNumeric: case Op.ToNumber: {
          const x = num(code[pc + 2], lb);
          if (x === Repr.Ref) throw new Ineligible(pc, `${ROWS[op].name} on non-numbers`);
          set(a, op === Op.ToNumber || op === Op.ToNumeric ? x : x === Repr.I32 && (resb & ~1) === 0 ? Repr.I32 : Repr.F64);
          break;
        }
        case Op.BitNot: set(a, Repr.I32); break;
        case Op.Lt: case Op.Gt: case Op.Le: case Op.Ge: case Op.Eq: case Op.Ne: case Op.StrictEq: case Op.StrictNe: case Op.Not:
          set(a, Repr.Bool);
          break;
        case Op.GetElem: {
          const f = fromFeedback(resb);
          set(a, f === Repr.None ? Repr.Ref : f);
          break;
        }
        case Op.GetLength: set(a, Repr.I32); break;
        case Op.GetNamed: case Op.LoadGlobal: set(a, Repr.Ref); break;
        case Op.CallGlobal: {
          const t = returnReprOf(pc);
          set(a, t === -1 ? ret : t);
          break;
        }
        case Op.Return: {
          const r = code[pc + 1];
          const j = join(ret, repr[r] === Repr.None ? Repr.Ref : repr[r]);
          if (j !== ret) { ret = j; changed = true; }
          break;
        }
        default: break;
      }
    }
  }
  // parameters the feedback never saw used as numbers stay generic
  for (const r of params) if (repr[r] === Repr.None) repr[r] = Repr.Ref;
  if (ret === Repr.None) ret = Repr.Ref;
  return { blocks, blockAt, repr, ret };
}
