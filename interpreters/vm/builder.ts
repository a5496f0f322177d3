// The assembler the compiler emits through: one `emit(op, ...operands)` whose
// operand list is typed from the opcode table (wrong arity or a number where a
// label belongs fails to compile), labels with back-patching, the constant pool
// and constant registers, temporary registers with stack discipline, and the
// line table, written here as each instruction is emitted from the position the
// compiler last set with `at(node)`. `finish()` lays out the register file,
// resolves constant registers, and checks the result with verify.ts.

import type { FunctionInfo, Node } from '../../src/front/ast.js';
import type { Value } from '../../src/runtime/values.js';
import { FunctionCode, type Handler } from './function-code.js';
import { type CacheKind, PropertyCache } from './inline-cache.js';
import { instructionSize, Op, OPCODES, type LabelRef, type OperandValues, type OpcodeRow } from './opcodes.js';
import { verifyFunction } from './verify.js';

/** A code position, possibly not yet known (forward jumps are patched when it is bound). */
export class Label implements LabelRef {
  readonly isLabel = true;
  position = -1;
  /** Code slots holding a jump to this label, patched by bind(). */
  readonly uses: number[] = [];
}

const ROW = OPCODES as Record<number, OpcodeRow>;

export class CodeBuilder {
  private readonly code: number[] = [];
  private readonly lines: number[] = [];
  private readonly columns: number[] = [];
  private line = 0;
  private column = 0;
  /** Instruction offsets where statements begin, one entry per statement (for the profiler's line events). */
  private readonly statementStarts: number[] = [];
  private statementsPending = 0;
  /** Opcode of the last instruction emitted, or -1 after a label (code there is reachable by a jump). */
  private lastOp = -1;
  /** `const` operand pool (names and texts). */
  private readonly constants: Value[] = [];
  private readonly constantIndex = new Map<string, number>();
  /** Values of constant registers, in order. */
  private readonly registerConstants: Value[] = [];
  private readonly registerConstantIndex = new Map<string, number>();
  private nextTemp: number;
  private maxTemp: number;
  readonly caches: PropertyCache[] = [];
  private sites = 0;
  private readonly loopHeaders: number[] = [];
  readonly handlers: Handler[] = [];
  readonly classes: Node[] = [];

  constructor(
    readonly info: FunctionInfo,
    readonly localCount: number,
  ) {
    this.nextTemp = localCount;
    this.maxTemp = localCount;
  }

  // ---- positions -----------------------------------------------------------------------

  /** Instructions emitted from now on belong to `node`'s source position. */
  at(node: Node): void {
    const start = node.loc.start;
    this.line = start.line;
    this.column = start.column;
  }

  /** The current position, to restore after emitting code for a nested node. */
  position(): number {
    return this.line * 65536 + this.column;
  }

  restorePosition(position: number): void {
    this.line = Math.floor(position / 65536);
    this.column = position % 65536;
  }

  /** The next instruction emitted begins a statement (one that emits nothing is counted at the next instruction). */
  markStatement(): void {
    this.statementsPending++;
  }

  /** Offset of the next instruction. */
  get offset(): number {
    return this.code.length;
  }

  // ---- instructions ----------------------------------------------------------------------

  emit<O extends Op>(op: O, ...operands: OperandValues<O>): void {
    const code = this.code;
    const start = code.length;
    code.push(op);
    this.lastOp = op;
    for (; this.statementsPending > 0; this.statementsPending--) this.statementStarts.push(start);
    const kinds = ROW[op].operands;
    for (let i = 0; i < operands.length; i++) {
      const operand = operands[i] as number | Label | readonly number[];
      if (kinds[i] === 'list') {
        const list = operand as unknown as readonly number[];
        code.push(list.length);
        for (const r of list) code.push(r);
      } else if (kinds[i] === 'jump') {
        const label = operand as Label;
        if (label.position >= 0) code.push(label.position);
        else {
          label.uses.push(code.length);
          code.push(-1);
        }
      } else code.push(operand as number);
    }
    for (let i = start; i < code.length; i++) {
      this.lines.push(this.line);
      this.columns.push(this.column);
    }
  }

  label(): Label {
    return new Label();
  }

  /** Binds `label` to the next instruction's offset and patches the jumps already emitted to it. */
  bind(label: Label): void {
    label.position = this.code.length;
    this.lastOp = -1;
    for (const use of label.uses) this.code[use] = label.position;
    label.uses.length = 0;
  }

  /** Code emitted now would be unreachable: the last instruction was a Return, Jump or Throw, and no label since. */
  unreachable(): boolean {
    const op = this.lastOp;
    return op === Op.Return || op === Op.Jump || op === Op.Throw;
  }

  // ---- constants -----------------------------------------------------------------------

  /** A `const` operand: the pool index of a name or text. */
  constant(value: Value): number {
    const key = constantKey(value);
    let index = this.constantIndex.get(key);
    if (index === undefined) {
      index = this.constants.length;
      this.constants.push(value);
      this.constantIndex.set(key, index);
    }
    return index;
  }

  /** A register holding `value` for the whole call (resolved to a real register by finish()). */
  constantRegister(value: Value): number {
    const key = constantKey(value);
    let index = this.registerConstantIndex.get(key);
    if (index === undefined) {
      index = this.registerConstants.length;
      this.registerConstants.push(value);
      this.registerConstantIndex.set(key, index);
    }
    return -1 - index;
  }

  // ---- temporaries ---------------------------------------------------------------------

  /** A fresh temporary register. */
  temp(): number {
    const r = this.nextTemp++;
    if (this.nextTemp > this.maxTemp) this.maxTemp = this.nextTemp;
    return r;
  }

  /** `n` consecutive fresh temporaries; returns the first. */
  temps(n: number): number {
    const first = this.nextTemp;
    this.nextTemp += n;
    if (this.nextTemp > this.maxTemp) this.maxTemp = this.nextTemp;
    return first;
  }

  /** Where temporaries start now; release(mark) frees every temporary taken since. */
  mark(): number {
    return this.nextTemp;
  }

  release(mark: number): void {
    this.nextTemp = mark;
  }

  isTemp(register: number): boolean {
    return register >= this.localCount;
  }

  // ---- sites, caches, loops, classes ---------------------------------------------------------

  site(): number {
    return this.sites++;
  }

  cache(kind: CacheKind): number {
    this.caches.push(new PropertyCache(kind));
    return this.caches.length - 1;
  }

  /** A new loop whose back-edge jumps to `header`. */
  loop(header: Label): number {
    this.loopHeaders.push(header.position);
    return this.loopHeaders.length - 1;
  }

  classEntry(node: Node): number {
    this.classes.push(node);
    return this.classes.length - 1;
  }

  // ---- the result ----------------------------------------------------------------------

  finish(name: string, argumentRegisters: number[], restIndex: number, restRegister: number, thisRegister: number, functionCount: number, globalCount: number): FunctionCode {
    const fc = new FunctionCode(this.info, name);
    const constantBase = this.maxTemp;
    const code = Int32Array.from(this.code);
    // constant registers were emitted as -1-k: give them their place after the temporaries
    const resolve = (slot: number) => {
      if (code[slot] < 0) code[slot] = constantBase + (-1 - code[slot]);
    };
    for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
      const kinds = ROW[code[pc]].operands;
      for (let i = 0; i < kinds.length; i++) {
        if (kinds[i] === 'in') resolve(pc + 1 + i);
        else if (kinds[i] === 'list') for (let j = 0; j < code[pc + 1 + i]; j++) resolve(pc + 2 + i + j);
      }
    }
    fc.code = code;
    fc.lines = Int32Array.from(this.lines);
    fc.statementStarts = new Uint8Array(code.length);
    for (const pc of this.statementStarts) if (fc.statementStarts[pc] < 255) fc.statementStarts[pc]++;
    fc.columns = Int32Array.from(this.columns);
    fc.constants = this.constants;
    fc.classes = this.classes;
    fc.handlers = this.handlers;
    fc.localCount = this.localCount;
    fc.constantBase = constantBase;
    fc.registerCount = constantBase + this.registerConstants.length;
    const template: Value[] = [];
    for (let i = 0; i < constantBase; i++) template.push(undefined);
    for (const v of this.registerConstants) template.push(v);
    fc.registerTemplate = template;
    fc.argumentRegisters = Int32Array.from(argumentRegisters);
    fc.restIndex = restIndex;
    fc.restRegister = restRegister;
    fc.thisRegister = thisRegister;
    fc.caches = this.caches;
    fc.feedback = new Uint32Array(this.sites);
    fc.loopCounts = new Uint32Array(this.loopHeaders.length);
    fc.loopHeaders = Int32Array.from(this.loopHeaders);
    verifyFunction(fc, functionCount, globalCount);
    return fc;
  }
}

/** Pool keys that keep -0, NaN and the types apart. */
function constantKey(v: Value): string {
  if (typeof v === 'number') return Object.is(v, -0) ? 'n:-0' : `n:${v}`;
  if (typeof v === 'string') return `s:${v}`;
  return `${typeof v}:${String(v)}`;
}
