// One compiled function: the bytecode the VM runs and the JIT reads. Besides the
// code itself it carries everything an instruction's operands refer to
// (constants, classes, caches, feedback sites, loops), the source position of
// every instruction (the line table, parallel to the code), the exception
// handler table, the calling convention (where arguments arrive), and the
// counters the VM keeps while it runs (see feedback.ts for their layout).
//
// Register file layout, per frame: [ locals | temporaries | constants ].
// Locals are the resolver's registers (FunctionInfo.registerCount); temporaries
// are the compiler's; the constant registers hold the function's constants and
// are filled once per call by copying `registerTemplate`, so an instruction
// takes a constant operand as an ordinary register at no cost.

import type { FunctionInfo, Node } from '../../src/front/ast.js';
import type { Value } from '../../src/runtime/values.js';
import { FEEDBACK_BUDGET } from './feedback.js';
import type { Frame } from './frame.js';
import type { PropertyCache } from './inline-cache.js';

/** One exception handler: instructions in [start, end) that throw continue at `target`. */
export interface Handler {
  start: number;
  end: number;
  target: number;
  /** The register that receives the thrown value. */
  valueRegister: number;
  /** The register holding the context to restore (saved when the try began). */
  contextRegister: number;
}

/**
 * `osrAt` for "never": a loop count no loop reaches in practice. A small
 * integer rather than Infinity so the field keeps one representation: when a
 * field of FunctionCode changes from small integer to double, V8 deoptimises
 * the dispatch loop and every FunctionCode after it has another hidden class
 * (measured: the suite's call-heavy programs ran 1.7x slower under the JIT
 * tier, with nothing compiled).
 */
export const OSR_NEVER = 0x3fffffff;

export class FunctionCode {
  /** Opcodes and operands (see opcodes.ts). */
  code: Int32Array = new Int32Array(0);
  /** Source line (1-based) of each code slot; the opcode slot is the instruction's. */
  lines: Int32Array = new Int32Array(0);
  /** Source column (0-based) of each code slot. */
  columns: Int32Array = new Int32Array(0);
  /** How many statements begin at each instruction (the profiler's line events), parallel to the code. */
  statementStarts: Uint8Array = new Uint8Array(0);
  /** Constant pool: names and texts referred to by `const` operands, and the values of constant registers. */
  constants: Value[] = [];
  /** Class table, for CreateClass. */
  classes: Node[] = [];
  handlers: Handler[] = [];
  /** The initial register file of every call: undefined, then the constants in their registers. */
  registerTemplate: Value[] = [];
  /** Registers in the frame: locals + temporaries + constants. */
  registerCount = 0;
  localCount = 0;
  /** First constant register (= locals + temporaries). */
  constantBase = 0;
  /** For each declared parameter position, the register its argument arrives in. */
  argumentRegisters: Int32Array = new Int32Array(0);
  /** Position of a rest parameter (arguments from here on arrive as an array), or -1. */
  restIndex = -1;
  restRegister = -1;
  /** Arrow functions take `this` from their closure, not from the call. */
  readonly isArrow: boolean;
  /** The register the call writes `this` into (-1: the function reads `this` with LoadThis, or not at all). */
  thisRegister = -1;
  /** `new` on closures of this function: the shape they had and the slot of their `prototype` (a cache). */
  prototypeShape: unknown = null;
  prototypeSlot = 0;
  /** Frames of finished calls, with their register arrays, ready for the next call: a stack of spareCount. */
  readonly spareFrames: (Frame | undefined)[] = [];
  spareCount = 0;

  // ---- run-time data: caches, feedback, counters (documented in feedback.ts) ----------
  caches: PropertyCache[] = [];
  /** One word per feedback site (see feedback.ts). */
  feedback: Uint32Array = new Uint32Array(0);
  /** Entries and back-edges left in the feedback window (see feedback.ts); recording stops below 0. */
  feedbackBudget = FEEDBACK_BUDGET;
  /** Times the function was entered. */
  calls = 0;
  /** Back-edges taken, per loop. */
  loopCounts: Uint32Array = new Uint32Array(0);
  /** Header offset (the back-edge target) of each loop. */
  loopHeaders: Int32Array = new Int32Array(0);
  /**
   * A loop whose count passes this asks the JIT for on-stack replacement
   * (Vm.jit.backEdge). Never for the plain VM; the JIT sets it through
   * ProgramCompiler.osrAt and raises it when it declines.
   */
  osrAt = OSR_NEVER;
  /**
   * Set by the JIT when this function will never run compiled: the VM then
   * skips its call hook (jitCallsAt is OSR_NEVER from then on).
   */
  jitNever = false;
  /**
   * The VM calls the JIT's call hook only once `calls` reaches this: the JIT
   * sets it to when the function will be hot enough to look at again (a small
   * integer, like osrAt). Never for the plain VM (ProgramCompiler.jitCallsAt):
   * the call path then tests one count (poly-call, 1.8 million VM calls per
   * run, was 5-8% slower on the jit tier with nothing compiled when each call
   * also tested the hook, the construct flag and jitNever).
   */
  jitCallsAt = OSR_NEVER;

  /** The JIT's verdict that this function never runs compiled (jitNever): its calls skip the hook. */
  neverJit(): void {
    this.jitNever = true;
    this.jitCallsAt = OSR_NEVER;
  }
  /** Owned by the JIT tier (compiled code, deopt counts); the VM never reads it. */
  jitData: unknown = null;

  constructor(
    readonly info: FunctionInfo,
    /** A name for listings: the function's name, `<script>`, or `<anonymous>`. */
    readonly name: string,
  ) {
    this.isArrow = info.kind === 'arrow';
  }

  get arity(): number {
    return this.argumentRegisters.length;
  }

  /** The line of the instruction at `pc`. */
  lineAt(pc: number): number {
    return this.lines[pc];
  }

  columnAt(pc: number): number {
    return this.columns[pc];
  }
}
