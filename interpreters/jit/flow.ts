// The control flow of one function's bytecode, as the JIT's passes need it:
// basic blocks (leaders: the entry, branch targets, and what follows a branch,
// a return or a throw), each block's successors, and which registers are live
// at each block's start and end (read on some path before being written).
// webs.ts splits registers with it; analysis.ts types them and finds what an
// OSR entry must load.

import { instructionSize, Op, ROWS } from '../vm/opcodes.js';

/** Branch instructions (their jump operand is a block start; all but Jump and Loop also fall through). */
export const BRANCHES = new Set<Op>([
  Op.Jump, Op.Loop, Op.JumpIfTrue, Op.JumpIfFalse, Op.JumpIfInt, Op.JumpIfNullish, Op.JumpIfNotNullish, Op.JumpIfUndefined, Op.JumpIfNotUndefined,
  Op.JumpIfLt, Op.JumpIfLe, Op.JumpIfGt, Op.JumpIfGe, Op.JumpIfEq, Op.JumpIfNe, Op.JumpIfStrictEq, Op.JumpIfStrictNe,
  Op.JumpIfNotLt, Op.JumpIfNotLe, Op.JumpIfNotGt, Op.JumpIfNotGe,
  Op.LoopIfTrue, Op.LoopIfLt, Op.LoopIfLe, Op.LoopIfGt, Op.LoopIfGe, Op.LoopIfNe, Op.LoopIfStrictNe,
  // (the next value of a for-of, or a jump out of the loop when there is none)
  Op.ForOfNext,
]);

/** A back-edge: its jump target is a loop header. */
export function isLoopBranch(op: Op): boolean {
  return op === Op.Loop || (op >= Op.LoopIfTrue && op <= Op.LoopIfStrictNe);
}

/** The jump target of a branch instruction. */
export function targetOf(code: Int32Array, pc: number): number {
  const row = ROWS[code[pc]];
  return code[pc + 1 + row.operands.indexOf('jump')];
}

/** Calls `f` for each register the instruction at pc reads: ins, call lists, register windows, iteration pairs. */
export function forEachRead(code: Int32Array, pc: number, f: (r: number, slot: number, window: boolean) => void): void {
  const row = ROWS[code[pc]];
  row.operands.forEach((kind, i) => {
    const slot = pc + 1 + i;
    const v = code[slot];
    if (kind === 'in' || kind === 'inout') f(v, slot, false);
    else if (kind === 'pair' && i > 0) {
      // (a pair in first place is what the instruction sets up: ForOfStart, ForInStart, IterStart)
      f(v, slot, true);
      f(v + 1, slot, true);
    } else if (kind === 'list') for (let j = 0; j < v; j++) f(code[slot + 1 + j], slot + 1 + j, false);
    else if (kind === 'args') for (let j = 0; j < code[slot + 1]; j++) f(v + j, slot, true);
  });
}

export interface Flow {
  /** Block start pcs, in order; a block ends where the next starts. */
  starts: number[];
  ends: number[];
  /** Block index by start pc. */
  blockAt: Map<number, number>;
  /** Successor blocks of each block. */
  succ: number[][];
  /** Per block, registers (below the first constant) live at its start and at its end. */
  liveIn: Uint8Array[];
  liveOut: Uint8Array[];
}

/** Each loop as [header, back-edge pc]: a back-edge's target is its header, and the loop spans the two. */
export function loopsOf(code: Int32Array): [number, number][] {
  const loops: [number, number][] = [];
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) if (isLoopBranch(code[pc] as Op)) loops.push([targetOf(code, pc), pc]);
  return loops;
}

/** The pcs that start a basic block: the entry, branch targets, and what follows a branch, a return or a throw. */
export function blockLeaders(code: Int32Array): Set<number> {
  const leaders = new Set<number>([0]);
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    const op = code[pc] as Op;
    if (BRANCHES.has(op)) {
      leaders.add(targetOf(code, pc));
      leaders.add(pc + instructionSize(code, pc));
    } else if (op === Op.Return || op === Op.Throw) leaders.add(pc + instructionSize(code, pc));
  }
  return leaders;
}

/** The blocks of `code` and the liveness of registers [0, n). */
export function flowOf(code: Int32Array, n: number): Flow {
  const leaders = blockLeaders(code);
  const starts = [...leaders].filter((p) => p < code.length).sort((a, b) => a - b);
  const ends = starts.map((_, i) => (i + 1 < starts.length ? starts[i + 1] : code.length));
  const blockAt = new Map<number, number>();
  starts.forEach((s, i) => blockAt.set(s, i));
  const succ = starts.map((s, i) => {
    let last = s;
    for (let pc = s; pc < ends[i]; pc += instructionSize(code, pc)) last = pc;
    const op = code[last] as Op;
    const out: number[] = [];
    if (op === Op.Return || op === Op.Throw) return out;
    if (BRANCHES.has(op)) out.push(blockAt.get(targetOf(code, last))!);
    if (op !== Op.Jump && op !== Op.Loop && ends[i] < code.length) out.push(blockAt.get(ends[i])!);
    return out;
  });
  // backward dataflow to a fixpoint: live at the start = read before written, or live at the end and not written
  const liveIn = starts.map(() => new Uint8Array(n));
  const liveOut = starts.map(() => new Uint8Array(n));
  for (let changed = true; changed; ) {
    changed = false;
    for (let bi = starts.length - 1; bi >= 0; bi--) {
      const live = new Uint8Array(n);
      for (const s of succ[bi]) for (let r = 0; r < n; r++) live[r] |= liveIn[s][r];
      liveOut[bi] = live.slice();
      const ins: number[] = [];
      for (let pc = starts[bi]; pc < ends[bi]; pc += instructionSize(code, pc)) ins.push(pc);
      for (let k = ins.length - 1; k >= 0; k--) {
        const pc = ins[k];
        ROWS[code[pc]].operands.forEach((kind, i) => {
          const r = code[pc + 1 + i];
          if (kind === 'out' && r < n) live[r] = 0;
          // (a pair in first place is set up here, see forEachRead)
          if (kind === 'pair' && i === 0 && r + 1 < n) live[r] = live[r + 1] = 0;
        });
        forEachRead(code, pc, (r) => {
          if (r < n) live[r] = 1;
        });
      }
      for (let r = 0; r < n; r++) if (live[r] !== liveIn[bi][r]) { liveIn[bi][r] = live[r]; changed = true; }
    }
  }
  return { starts, ends, blockAt, succ, liveIn, liveOut };
}
