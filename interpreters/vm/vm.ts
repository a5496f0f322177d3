// The bytecode VM: one dispatch loop (`run`) over the compiled code. Design:
//   - a `switch` on the opcode read from an Int32Array; the hot state (frame,
//     code, registers, caches, feedback, pc) lives in locals, and `pc` stays at
//     the start of the executing instruction until it completes, so an
//     exception knows exactly which instruction raised it;
//   - the loop handles only the common case of the frequent instructions
//     (numbers, dense arrays, a cache hit, entering a compiled function);
//     anything else leaves the switch for the general implementation in
//     slow-paths.ts, after storing pc in the frame (what stack traces read).
//     A small loop is what V8 compiles quickly and keeps compiled;
//   - calls between VM functions push a Frame (recycled per function) and
//     continue in the same loop, without host recursion; Return pops back;
//   - no allocation and no host exception per instruction: an exception is a
//     host `throw` of the runtime's JSThrow, caught once around the loop, which
//     looks the handler up in the frame's table (unwinding this run's frames);
//   - type feedback is recorded on the fast paths while the function is in
//     its feedback window (see feedback.ts).
// The semantics are the tree-walker's (interpreters/ast/interpreter.ts).

import type { FunctionInfo, Program } from '../../src/front/ast.js';
import { Messages } from '../../src/runtime/messages.js';
import type { Probe } from '../../src/runtime/probe.js';
import type { ForIn } from '../../src/runtime/properties.js';
import { type JSThrow, type Realm, type StackFrame, type TierHooks } from '../../src/runtime/realm.js';
import { type Context, FunctionKind, HOLE, JSArray, JSFunction, JSObject, type Value } from '../../src/runtime/values.js';
import { ProgramCompiler } from './compiler.js';
import { arrayElement, numbers2, numbers3, numberUnary, RECORD_FEEDBACK, values2 } from './feedback.js';
import { Frame } from './frame.js';
import type { FunctionCode, Handler } from './function-code.js';
import { STRING_RECEIVER } from './inline-cache.js';
import { Op, OPCODE_COUNT } from './opcodes.js';
import { listValues, SlowPaths } from './slow-paths.js';
import { Tracer } from './tracer.js';

/** What the JIT tier plugs into the VM (interpreters/jit/jit.ts): returns JIT_DECLINED to let the VM run the call. */
export interface JitHook {
  call(callee: JSFunction, fc: FunctionCode, thisValue: Value, regs: Value[], code: Int32Array, argBase: number, argCount: number): Value;
  /**
   * A loop of `frame` passed `fc.osrAt` iterations; `frame.pc` is the loop
   * header. Runs the rest of the call as WebAssembly (on-stack replacement) and
   * returns its result, or JIT_DECLINED to stay in the VM.
   */
  backEdge(frame: Frame): Value;
}
export const JIT_DECLINED: unique symbol = Symbol.for('speedlab.jit.declined') as never;

/** Returned by `loop` to `run` to be entered again (see run). */
const YIELD: unique symbol = Symbol('yield') as never;

/** Returned by `run` when a constructor entered from the host ends without `this` (see Return). */
const NO_THIS: unique symbol = Symbol('no this') as never;
/** Returned by `run` when a derived constructor entered from the host returns a primitive (see Return). */
const BAD_RETURN: unique symbol = Symbol('bad return') as never;

export interface VmOptions {
  /** Count instructions per opcode (for --stats). */
  countInstructions?: boolean;
  /** Print each instruction with the registers before it. */
  trace?: boolean;
  traceLimit?: number;
  writeDiagnostic?: (text: string) => void;
}

export class Vm implements TierHooks {
  readonly compiler: ProgramCompiler;
  /** The innermost frame (of the innermost run), for stack traces. */
  private frame: Frame | null = null;
  /** The JIT tier's hook (null for the plain VM): consulted when a call enters a user function. */
  jit: JitHook | null = null;
  /** Executions per opcode (only when counting). */
  readonly opcodeCounts = new Float64Array(OPCODE_COUNT);
  private readonly counting: boolean;
  private readonly tracer: Tracer | null;

  /** The general implementation of every instruction (also what the JIT's `exec` import runs). */
  readonly slow: SlowPaths;

  constructor(
    private readonly realm: Realm,
    private readonly program: Program,
    options: VmOptions = {},
  ) {
    this.compiler = new ProgramCompiler(program);
    this.slow = new SlowPaths(this, realm, program);
    this.tracer = options.trace ? new Tracer(program, options.traceLimit ?? 10000, options.writeDiagnostic ?? ((t) => process.stderr.write(t))) : null;
    this.counting = options.countInstructions === true || this.tracer !== null;
  }

  // ---- entry points --------------------------------------------------------------------

  runScript(): void {
    const fc = this.compiler.code(this.program.script);
    // top-level `this` is an empty object, as `module.exports` is for a script run by node
    const frame = this.newFrame(fc, null, this.realm.newObject(), null, undefined, null, this.realm.depth);
    frame.entry = true;
    fc.calls++;
    this.run(frame);
  }

  /**
   * The innermost frame, for the JIT: the frame a compiled call returns to,
   * and, while the host runs an instruction for compiled code, a frame
   * standing for that activation (so errors and callees see the right stack).
   */
  get currentFrame(): Frame | null {
    return this.frame;
  }
  set currentFrame(frame: Frame | null) {
    this.frame = frame;
  }

  /** The bytecode of a user function of this program (compiled on its first call, as the tree-walker first evaluates it then). */
  codeOf(fn: JSFunction): FunctionCode {
    let fc = fn.tierData as FunctionCode | null;
    if (fc === null) {
      fc = this.compiler.code(fn.info!);
      fn.tierData = fc;
    }
    return fc;
  }

  stackTrace(): StackFrame[] {
    const frames: StackFrame[] = [];
    for (let f = this.frame; f !== null; f = f.parent) {
      const fc = f.code;
      const pc = Math.min(f.pc, fc.code.length - 1);
      frames.push({
        name: f.fn ? f.fn.name || '<anonymous>' : '<script>',
        file: this.program.file,
        line: fc.lines[pc],
        column: fc.columns[pc],
      });
    }
    return frames;
  }

  /** A call from the host (a builtin's callback, realm.call/construct): runs in a nested dispatch loop. */
  callUser(fn: JSFunction, thisArg: Value, args: Value[], newTarget: JSFunction | undefined): Value {
    const realm = this.realm;
    if (fn.isClass && newTarget === undefined) throw realm.error('TypeError', Messages.classWithoutNew(fn.name));
    if (++realm.depth > realm.limits.settings.maxDepth) {
      realm.depth--;
      throw realm.stackOverflow();
    }
    if (--realm.fuel <= 0) realm.refuel();
    realm.counters.calls++;
    const probe = realm.probe;
    if (probe !== null) probe.enter(fn, 'vm');
    const caller = this.frame;
    let result: Value;
    if (fn.info === null) result = this.defaultConstructor(fn, args, newTarget!);
    else {
      const fc = this.codeOf(fn);
      fc.calls++;
      if (fc.feedbackBudget >= 0) fc.feedbackBudget--;
      let thisValue: Value = fc.isArrow ? fn.boundThis : thisArg;
      if (newTarget !== undefined) {
        thisValue = fn.isDerived ? HOLE : realm.newObject(realm.prototypeFor(newTarget, realm.ObjectPrototype));
      }
      const frame = this.newFrame(fc, fn, thisValue, fn.context, newTarget, fn.homeObject, realm.depth);
      const regs = frame.regs;
      const ar = fc.argumentRegisters;
      const n = args.length < ar.length ? args.length : ar.length;
      for (let i = 0; i < n; i++) regs[ar[i]] = args[i];
      for (let i = n; i < ar.length; i++) regs[ar[i]] = undefined;
      if (fc.restIndex >= 0) regs[fc.restRegister] = realm.newArray(args.slice(fc.restIndex));
      frame.entry = true;
      if (newTarget !== undefined) {
        frame.construct = true;
        if (!fn.isDerived && fn.classNode) {
          this.frame = frame;
          this.initializeFields(fn, thisValue);
          this.frame = caller;
        }
      }
      result = this.run(frame);
      fc.spareFrames[fc.spareCount++] = frame;
      if (result === NO_THIS) throw realm.error('ReferenceError', Messages.superNotCalled());
      if (result === BAD_RETURN) throw realm.error('TypeError', Messages.derivedReturn());
    }
    this.frame = caller;
    realm.depth--;
    if (probe !== null) probe.exit();
    return result;
  }

  /** `constructor(...args) { super(...args); }` or `constructor() {}` for a class without one. */
  private defaultConstructor(fn: JSFunction, args: Value[], newTarget: JSFunction): Value {
    const realm = this.realm;
    const obj = fn.isDerived
      ? realm.construct(realm.superConstructor(fn), args, newTarget)
      : realm.newObject(realm.prototypeFor(newTarget, realm.ObjectPrototype));
    this.initializeFields(fn, obj);
    return obj;
  }

  /** Runs a class's instance field initialisers on a new instance. */
  initializeFields(ctor: JSFunction, obj: Value): void {
    const info = ctor.classNode!.instanceFieldsInfo as FunctionInfo | null;
    if (!info) return;
    const fc = this.compiler.code(info);
    const saved = this.frame;
    const frame = this.newFrame(fc, ctor, obj, ctor.context, undefined, ctor.homeObject, this.realm.depth);
    frame.entry = true;
    frame.fieldKeys = ctor.fieldKeys;
    this.run(frame);
    fc.spareFrames[fc.spareCount++] = frame;
    this.frame = saved;
  }

  /** Runs a class's static field initialisers (at class definition). */
  initializeStaticFields(ctor: JSFunction, keys: string[], caller: Frame): void {
    const info = ctor.classNode!.staticFieldsInfo as FunctionInfo;
    const fc = this.compiler.code(info);
    const frame = this.newFrame(fc, ctor, ctor, caller.ctx, undefined, ctor, this.realm.depth);
    frame.entry = true;
    frame.fieldKeys = keys;
    this.run(frame);
    fc.spareFrames[fc.spareCount++] = frame;
    this.frame = caller;
  }

  /**
   * A frame for a call of `fc` whose caller is the current frame: a spare one
   * reset, or a new one. Only the locals are reset: the compiler writes every
   * temporary before reading it, and the caller sets the argument registers.
   */
  private newFrame(fc: FunctionCode, fn: JSFunction | null, thisValue: Value, ctx: Context | null, newTarget: JSFunction | undefined, homeObject: JSObject | null, depth: number): Frame {
    let frame = fc.spareCount > 0 ? fc.spareFrames[--fc.spareCount] : undefined;
    if (frame === undefined) frame = new Frame(fc, fc.registerTemplate.slice(), ctx, thisValue, fn, newTarget, homeObject, this.frame, depth);
    else {
      const regs = frame.regs;
      for (let i = fc.localCount - 1; i >= 0; i--) regs[i] = undefined;
      frame.pc = 0;
      frame.ctx = ctx;
      frame.thisValue = thisValue;
      frame.fn = fn;
      frame.newTarget = newTarget;
      frame.homeObject = homeObject;
      frame.parent = this.frame;
      frame.depth = depth;
      frame.entry = false;
      frame.construct = false;
      frame.fieldKeys = null;
    }
    if (fc.thisRegister >= 0) frame.regs[fc.thisRegister] = thisValue;
    return frame;
  }

  // ---- the dispatch loop ---------------------------------------------------------------

  /** Continues a frame at its pc (a fresh call, or a frame rebuilt by the JIT) until its entry frame returns. */
  resume(frame: Frame): Value {
    frame.entry = true;
    return this.run(frame);
  }

  /**
   * Runs `entry` (and the calls it makes inside the loop) to its return. The
   * loop yields back here every time the step budget is recharged (about every
   * ten thousand loop iterations and calls) and is entered again where it
   * stopped: V8 optimises a function cheaply when it is called, but a loop
   * that never returns can only be optimised by on-stack replacement, which V8
   * is slow to redo after a deoptimisation.
   */
  private run(entry: Frame): Value {
    let current = entry;
    for (;;) {
      const result = this.loop(entry, current);
      if (result !== YIELD) return result;
      current = this.frame!;
    }
  }

  /** The dispatch loop, from `start`'s pc (start is `entry` or one of the frames it called). */
  private loop(entry: Frame, start: Frame): Value {
    const realm = this.realm;
    const G = realm.globals;
    const maxDepth = realm.limits.settings.maxDepth;
    // line events for the profiler (--lines) go through the instrumented path too
    const lineProbe = realm.probe !== null && realm.probe.line !== undefined ? realm.probe : null;
    const counting = this.counting || lineProbe !== null;
    let fr = start;
    let fc = fr.code;
    let code = fc.code;
    let R = fr.regs;
    let caches = fc.caches;
    /** The function's feedback while it is in its feedback window (see feedback.ts), else null. */
    let FB: Uint32Array | null = RECORD_FEEDBACK && fc.feedbackBudget >= 0 ? fc.feedback : null;
    let pc = fr.pc;
    this.frame = fr;
    for (;;) {
      try {
        for (;;) {
          const op = code[pc];
          if (counting) this.observe(fr, pc, lineProbe);
          // operands of a call being entered (set by the call instructions, used after the switch)
          let callee: JSFunction;
          let calleeThis: Value = undefined;
          let argBase: number;
          let argCount: number;
          let constructing = false;
          /** The loop whose back-edge is being taken (set by the loop instructions, used after the switch). */
          let loop: number;
          /** The value `fr` returns (set by Return and by an on-stack replacement, used after `returning`). */
          let result: Value;
          returning: {
            general: {
              backEdge: {
                switch (op) {
                  // ---- registers and constants ----------------------------------------------
                  case Op.Move:
                    R[code[pc + 1]] = R[code[pc + 2]];
                    pc += 3;
                    continue;
                  case Op.LoadInt:
                    R[code[pc + 1]] = code[pc + 2];
                    pc += 3;
                    continue;
                  case Op.LoadHole:
                    R[code[pc + 1]] = HOLE;
                    pc += 2;
                    continue;
                  case Op.CheckHole:
                    if (R[code[pc + 1]] === HOLE) break general;
                    pc += 3;
                    continue;
                  case Op.LoadThis: {
                    const t = fr.thisValue;
                    if (t === HOLE) break general;
                    R[code[pc + 1]] = t;
                    pc += 2;
                    continue;
                  }

                  // ---- contexts --------------------------------------------------------------
                  case Op.PushContext: {
                    const c: Context = new Array(code[pc + 1]);
                    c[0] = fr.ctx;
                    fr.ctx = c;
                    pc += 2;
                    continue;
                  }
                  case Op.PopContext:
                    fr.ctx = fr.ctx![0];
                    pc += 1;
                    continue;
                  case Op.CopyContext:
                    fr.ctx = fr.ctx!.slice();
                    pc += 1;
                    continue;
                  case Op.SaveContext:
                    R[code[pc + 1]] = fr.ctx;
                    pc += 2;
                    continue;
                  case Op.RestoreContext:
                    fr.ctx = R[code[pc + 1]];
                    pc += 2;
                    continue;
                  case Op.LoadContext: {
                    let c = fr.ctx!;
                    for (let h = code[pc + 2]; h > 0; h--) c = c[0];
                    R[code[pc + 1]] = c[code[pc + 3]];
                    pc += 4;
                    continue;
                  }
                  case Op.LoadContextChecked: {
                    let c = fr.ctx!;
                    for (let h = code[pc + 2]; h > 0; h--) c = c[0];
                    const v = c[code[pc + 3]];
                    if (v === HOLE) break general;
                    R[code[pc + 1]] = v;
                    pc += 5;
                    continue;
                  }
                  case Op.StoreContext: {
                    let c = fr.ctx!;
                    for (let h = code[pc + 1]; h > 0; h--) c = c[0];
                    c[code[pc + 2]] = R[code[pc + 3]];
                    pc += 4;
                    continue;
                  }

                  // ---- globals ---------------------------------------------------------------
                  case Op.LoadGlobal: {
                    const v = G[code[pc + 2]];
                    if (v === HOLE) break general;
                    R[code[pc + 1]] = v;
                    pc += 3;
                    continue;
                  }
                  case Op.StoreGlobal: {
                    const slot = code[pc + 1];
                    if (G[slot] === HOLE) break general;
                    G[slot] = R[code[pc + 2]];
                    pc += 3;
                    continue;
                  }

                  // ---- arithmetic on numbers (feedback: int32 or double per operand and result)
                  case Op.Add: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a === 'number' && typeof b === 'number') {
                      const r = a + b;
                      if (FB !== null) FB[code[pc + 4]] |= numbers3(a, b, r);
                      R[code[pc + 1]] = r;
                    } else if (typeof a === 'string' && typeof b === 'string' && FB === null) R[code[pc + 1]] = a + b;
                    else break general;
                    pc += 5;
                    continue;
                  }
                  case Op.Sub: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    const r = a - b;
                    if (FB !== null) FB[code[pc + 4]] |= numbers3(a, b, r);
                    R[code[pc + 1]] = r;
                    pc += 5;
                    continue;
                  }
                  case Op.Mul: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    const r = a * b;
                    if (FB !== null) FB[code[pc + 4]] |= numbers3(a, b, r);
                    R[code[pc + 1]] = r;
                    pc += 5;
                    continue;
                  }
                  case Op.Div: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    const r = a / b;
                    if (FB !== null) FB[code[pc + 4]] |= numbers3(a, b, r);
                    R[code[pc + 1]] = r;
                    pc += 5;
                    continue;
                  }
                  case Op.Mod: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    const r = a % b;
                    if (FB !== null) FB[code[pc + 4]] |= numbers3(a, b, r);
                    R[code[pc + 1]] = r;
                    pc += 5;
                    continue;
                  }
                  case Op.BitAnd: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    const r = a & b;
                    if (FB !== null) FB[code[pc + 4]] |= numbers3(a, b, r);
                    R[code[pc + 1]] = r;
                    pc += 5;
                    continue;
                  }
                  case Op.BitOr: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    const r = a | b;
                    if (FB !== null) FB[code[pc + 4]] |= numbers3(a, b, r);
                    R[code[pc + 1]] = r;
                    pc += 5;
                    continue;
                  }
                  case Op.BitXor: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    const r = a ^ b;
                    if (FB !== null) FB[code[pc + 4]] |= numbers3(a, b, r);
                    R[code[pc + 1]] = r;
                    pc += 5;
                    continue;
                  }
                  case Op.Shl: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    const r = a << b;
                    if (FB !== null) FB[code[pc + 4]] |= numbers3(a, b, r);
                    R[code[pc + 1]] = r;
                    pc += 5;
                    continue;
                  }
                  case Op.Shr: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    const r = a >> b;
                    if (FB !== null) FB[code[pc + 4]] |= numbers3(a, b, r);
                    R[code[pc + 1]] = r;
                    pc += 5;
                    continue;
                  }
                  case Op.UShr: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    const r = a >>> b;
                    if (FB !== null) FB[code[pc + 4]] |= numbers3(a, b, r);
                    R[code[pc + 1]] = r;
                    pc += 5;
                    continue;
                  }
                  // ---- comparisons -----------------------------------------------------------
                  case Op.StrictEq:
                  case Op.StrictNe: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a === 'number' && typeof b === 'number') {
                      if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    } else if (FB !== null) break general;
                    R[code[pc + 1]] = op === Op.StrictEq ? a === b : a !== b;
                    pc += 5;
                    continue;
                  }
                  case Op.Lt: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    R[code[pc + 1]] = a < b;
                    pc += 5;
                    continue;
                  }
                  case Op.Gt: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    R[code[pc + 1]] = a > b;
                    pc += 5;
                    continue;
                  }
                  case Op.Le: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    R[code[pc + 1]] = a <= b;
                    pc += 5;
                    continue;
                  }
                  case Op.Ge: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    R[code[pc + 1]] = a >= b;
                    pc += 5;
                    continue;
                  }
                  case Op.Eq: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    R[code[pc + 1]] = a === b;
                    pc += 5;
                    continue;
                  }
                  case Op.Ne: {
                    const a = R[code[pc + 2]];
                    const b = R[code[pc + 3]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    R[code[pc + 1]] = a !== b;
                    pc += 5;
                    continue;
                  }
                  // ---- unary -----------------------------------------------------------------
                  case Op.Inc: {
                    const v = R[code[pc + 2]];
                    if (typeof v !== 'number') break general;
                    const r = v + 1;
                    if (FB !== null) FB[code[pc + 3]] |= numberUnary(v, r);
                    R[code[pc + 1]] = r;
                    pc += 4;
                    continue;
                  }
                  case Op.Dec: {
                    const v = R[code[pc + 2]];
                    if (typeof v !== 'number') break general;
                    const r = v - 1;
                    if (FB !== null) FB[code[pc + 3]] |= numberUnary(v, r);
                    R[code[pc + 1]] = r;
                    pc += 4;
                    continue;
                  }
                  case Op.Neg: {
                    const v = R[code[pc + 2]];
                    if (typeof v !== 'number') break general;
                    const r = -v;
                    if (FB !== null) FB[code[pc + 3]] |= numberUnary(v, r);
                    R[code[pc + 1]] = r;
                    pc += 4;
                    continue;
                  }
                  case Op.BitNot: {
                    const v = R[code[pc + 2]];
                    if (typeof v !== 'number') break general;
                    const r = ~v;
                    if (FB !== null) FB[code[pc + 3]] |= numberUnary(v, r);
                    R[code[pc + 1]] = r;
                    pc += 4;
                    continue;
                  }
                  case Op.ToNumeric: {
                    const v = R[code[pc + 2]];
                    if (typeof v !== 'number') break general;
                    const r = v;
                    if (FB !== null) FB[code[pc + 3]] |= numberUnary(v, r);
                    R[code[pc + 1]] = r;
                    pc += 4;
                    continue;
                  }
                  case Op.Not: {
                    const v = R[code[pc + 2]];
                    R[code[pc + 1]] = v === true ? false : v === false ? true : typeof v === 'object' ? v === null : !v;
                    pc += 3;
                    continue;
                  }

                  // ---- control flow ----------------------------------------------------------
                  case Op.Jump:
                    pc = code[pc + 1];
                    continue;
                  case Op.Loop:
                    loop = code[pc + 2];
                    pc = code[pc + 1];
                    break backEdge;
                  case Op.JumpIfTrue: {
                    const v = R[code[pc + 1]];
                    pc = v === true || (v !== false && (typeof v === 'object' ? v !== null : !!v)) ? code[pc + 2] : pc + 3;
                    continue;
                  }
                  case Op.JumpIfFalse: {
                    const v = R[code[pc + 1]];
                    pc = v === false || (v !== true && (typeof v === 'object' ? v === null : !v)) ? code[pc + 2] : pc + 3;
                    continue;
                  }
                  case Op.JumpIfNullish: {
                    const v = R[code[pc + 1]];
                    pc = v === null || v === undefined ? code[pc + 2] : pc + 3;
                    continue;
                  }
                  case Op.JumpIfNotNullish: {
                    const v = R[code[pc + 1]];
                    pc = v !== null && v !== undefined ? code[pc + 2] : pc + 3;
                    continue;
                  }
                  case Op.JumpIfUndefined:
                    pc = R[code[pc + 1]] === undefined ? code[pc + 2] : pc + 3;
                    continue;
                  case Op.JumpIfNotUndefined:
                    pc = R[code[pc + 1]] !== undefined ? code[pc + 2] : pc + 3;
                    continue;
                  case Op.JumpIfInt:
                    pc = R[code[pc + 1]] === code[pc + 2] ? code[pc + 3] : pc + 4;
                    continue;
                  case Op.JumpIfStrictEq:
                  case Op.JumpIfStrictNe: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a === 'number' && typeof b === 'number') {
                      if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    } else if (FB !== null) break general;
                    pc = (a === b) === (op === Op.JumpIfStrictEq) ? code[pc + 3] : pc + 5;
                    continue;
                  }
                  case Op.JumpIfLt: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    pc = a < b ? code[pc + 3] : pc + 5;
                    continue;
                  }
                  case Op.JumpIfLe: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    pc = a <= b ? code[pc + 3] : pc + 5;
                    continue;
                  }
                  case Op.JumpIfGt: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    pc = a > b ? code[pc + 3] : pc + 5;
                    continue;
                  }
                  case Op.JumpIfGe: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    pc = a >= b ? code[pc + 3] : pc + 5;
                    continue;
                  }
                  case Op.JumpIfEq: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    pc = a === b ? code[pc + 3] : pc + 5;
                    continue;
                  }
                  case Op.JumpIfNe: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    pc = a !== b ? code[pc + 3] : pc + 5;
                    continue;
                  }
                  case Op.JumpIfNotLt: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    pc = !(a < b) ? code[pc + 3] : pc + 5;
                    continue;
                  }
                  case Op.JumpIfNotLe: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    pc = !(a <= b) ? code[pc + 3] : pc + 5;
                    continue;
                  }
                  case Op.JumpIfNotGt: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    pc = !(a > b) ? code[pc + 3] : pc + 5;
                    continue;
                  }
                  case Op.JumpIfNotGe: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 4]] |= numbers2(a, b);
                    pc = !(a >= b) ? code[pc + 3] : pc + 5;
                    continue;
                  }
                  case Op.LoopIfTrue: {
                    const v = R[code[pc + 1]];
                    if (v === true || (v !== false && (typeof v === 'object' ? v !== null : !!v))) {
                      loop = code[pc + 3];
                      pc = code[pc + 2];
                      break backEdge;
                    } else pc += 4;
                    continue;
                  }
                  case Op.LoopIfLt: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 5]] |= numbers2(a, b);
                    if (a < b) {
                      loop = code[pc + 4];
                      pc = code[pc + 3];
                      break backEdge;
                    } else pc += 6;
                    continue;
                  }
                  case Op.LoopIfLe: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 5]] |= numbers2(a, b);
                    if (a <= b) {
                      loop = code[pc + 4];
                      pc = code[pc + 3];
                      break backEdge;
                    } else pc += 6;
                    continue;
                  }
                  case Op.LoopIfGt: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 5]] |= numbers2(a, b);
                    if (a > b) {
                      loop = code[pc + 4];
                      pc = code[pc + 3];
                      break backEdge;
                    } else pc += 6;
                    continue;
                  }
                  case Op.LoopIfGe: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 5]] |= numbers2(a, b);
                    if (a >= b) {
                      loop = code[pc + 4];
                      pc = code[pc + 3];
                      break backEdge;
                    } else pc += 6;
                    continue;
                  }
                  case Op.LoopIfNe: {
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (typeof a !== 'number' || typeof b !== 'number') break general;
                    if (FB !== null) FB[code[pc + 5]] |= numbers2(a, b);
                    if (a !== b) {
                      loop = code[pc + 4];
                      pc = code[pc + 3];
                      break backEdge;
                    } else pc += 6;
                    continue;
                  }
                  case Op.LoopIfStrictNe: {
                    // (any operands: `while (node !== null)` must reach the back-edge's OSR check below, which
                    // the general case does not; richards' schedule loop was never compiled)
                    const a = R[code[pc + 1]];
                    const b = R[code[pc + 2]];
                    if (FB !== null) FB[code[pc + 5]] |= values2(a, b);
                    if (a !== b) {
                      loop = code[pc + 4];
                      pc = code[pc + 3];
                      break backEdge;
                    } else pc += 6;
                    continue;
                  }

                  // ---- objects, arrays and properties ----------------------------------------
                  case Op.NewObject:
                    R[code[pc + 1]] = realm.newObject();
                    pc += 2;
                    continue;
                  case Op.NewArray: {
                    const start = code[pc + 2];
                    R[code[pc + 1]] = realm.newArray(R.slice(start, start + code[pc + 3]));
                    pc += 4;
                    continue;
                  }
                  case Op.GetNamed: {
                    const o = R[code[pc + 2]];
                    const c = caches[code[pc + 4]];
                    if (typeof o === 'object' && o !== null && o.shape === c.ownShape) R[code[pc + 1]] = o.slots[c.slot];
                    else if (typeof o === 'string' && c.protoShape === STRING_RECEIVER && c.proto!.shape === c.holderShape) R[code[pc + 1]] = c.proto!.slots[c.protoSlot];
                    else {
                      // the cache's other entries, or the lookup (which refills it)
                      fr.pc = pc;
                      R[code[pc + 1]] = c.load(realm, o, fc.constants[code[pc + 3]]);
                    }
                    pc += 5;
                    continue;
                  }
                  case Op.GetLength: {
                    const o = R[code[pc + 2]];
                    if (o instanceof JSArray) R[code[pc + 1]] = o.elems.length;
                    else if (typeof o === 'string') R[code[pc + 1]] = o.length;
                    else break general;
                    pc += 3;
                    continue;
                  }
                  case Op.SetNamed: {
                    const o = R[code[pc + 1]];
                    const c = caches[code[pc + 4]];
                    if (typeof o !== 'object' || o === null || o.shape !== c.ownShape) break general;
                    if (c.nextShape === null) o.slots[c.slot] = R[code[pc + 3]];
                    else {
                      o.shape = c.nextShape;
                      o.slots.push(R[code[pc + 3]]);
                    }
                    pc += 5;
                    continue;
                  }
                  case Op.GetElem: {
                    const o = R[code[pc + 2]];
                    const k = R[code[pc + 3]];
                    let v: Value;
                    if (!(o instanceof JSArray) || typeof k !== 'number') break general;
                    const elems = o.elems;
                    if (!(k >= 0 && k < elems.length && (k | 0) === k && ((v = elems[k]) !== undefined || k in elems))) break general;
                    if (FB !== null) FB[code[pc + 4]] |= arrayElement(v);
                    R[code[pc + 1]] = v;
                    pc += 5;
                    continue;
                  }
                  case Op.SetElem: {
                    const o = R[code[pc + 1]];
                    const k = R[code[pc + 2]];
                    if (!(o instanceof JSArray) || typeof k !== 'number' || !(k >= 0 && (k | 0) === k && k <= o.elems.length)) break general;
                    const v = R[code[pc + 3]];
                    const elems = o.elems;
                    if (k === elems.length) elems.push(v);
                    else elems[k] = v;
                    if (FB !== null) FB[code[pc + 4]] |= arrayElement(v);
                    pc += 5;
                    continue;
                  }
                  case Op.InitProp: {
                    const o = R[code[pc + 1]] as JSObject;
                    const c = caches[code[pc + 4]];
                    if (o.shape !== c.ownShape) break general;
                    if (c.nextShape === null) o.slots[c.slot] = R[code[pc + 3]];
                    else {
                      o.shape = c.nextShape;
                      o.slots.push(R[code[pc + 3]]);
                    }
                    pc += 5;
                    continue;
                  }

                  // ---- calls: compiled functions are entered below the switch; natives here ---
                  case Op.Call: {
                    const f = R[code[pc + 2]];
                    if (!(f instanceof JSFunction)) break general;
                    if (f.kind === FunctionKind.User && !f.isClass) {
                      callee = f;
                      argCount = code[pc + 4];
                      argBase = pc + 5;
                      break;
                    }
                    if (f.kind !== FunctionKind.Native) break general;
                    fr.pc = pc;
                    const n = code[pc + 4];
                    R[code[pc + 1]] = f.native!(undefined, listValues(R, code, pc + 5, n), undefined);
                    pc += 5 + n;
                    continue;
                  }
                  case Op.CallGlobal: {
                    const f = G[code[pc + 2]];
                    if (!(f instanceof JSFunction)) break general;
                    if (f.kind === FunctionKind.User && !f.isClass) {
                      callee = f;
                      argCount = code[pc + 4];
                      argBase = pc + 5;
                      break;
                    }
                    if (f.kind !== FunctionKind.Native) break general;
                    fr.pc = pc;
                    const n = code[pc + 4];
                    R[code[pc + 1]] = f.native!(undefined, listValues(R, code, pc + 5, n), undefined);
                    pc += 5 + n;
                    continue;
                  }
                  case Op.CallThis: {
                    const f = R[code[pc + 2]];
                    if (!(f instanceof JSFunction)) break general;
                    if (f.kind === FunctionKind.User && !f.isClass) {
                      callee = f;
                      calleeThis = R[code[pc + 3]];
                      argCount = code[pc + 5];
                      argBase = pc + 6;
                      break;
                    }
                    if (f.kind !== FunctionKind.Native) break general;
                    fr.pc = pc;
                    const n = code[pc + 5];
                    R[code[pc + 1]] = f.native!(R[code[pc + 3]], listValues(R, code, pc + 6, n), undefined);
                    pc += 6 + n;
                    continue;
                  }
                  case Op.CallMethod: {
                    const o = R[code[pc + 2]];
                    const c = caches[code[pc + 4]];
                    let f: Value;
                    let shape: Value;
                    if (typeof o === 'object' && o !== null && ((shape = o.shape) === c.protoShape || shape === c.ownShape)) {
                      const p = c.proto!;
                      if (shape === c.protoShape && o.proto === p && p.shape === c.holderShape) f = p.slots[c.protoSlot];
                      else if (shape === c.ownShape) f = o.slots[c.slot];
                      else {
                        fr.pc = pc;
                        f = c.load(realm, o, fc.constants[code[pc + 3]]);
                      }
                    } else if (typeof o === 'string' && c.protoShape === STRING_RECEIVER && c.proto!.shape === c.holderShape) {
                      f = c.proto!.slots[c.protoSlot];
                    } else {
                      // a polymorphic receiver still calls a compiled method without leaving the loop
                      fr.pc = pc;
                      f = c.load(realm, o, fc.constants[code[pc + 3]]);
                    }
                    if (!(f instanceof JSFunction)) break general;
                    if (f.kind === FunctionKind.User && !f.isClass) {
                      callee = f;
                      calleeThis = o;
                      argCount = code[pc + 6];
                      argBase = pc + 7;
                      break;
                    }
                    if (f.kind !== FunctionKind.Native) break general;
                    fr.pc = pc;
                    const n = code[pc + 6];
                    R[code[pc + 1]] = f.native!(o, listValues(R, code, pc + 7, n), undefined);
                    pc += 7 + n;
                    continue;
                  }
                  case Op.New: {
                    const f = R[code[pc + 2]];
                    if (!(f instanceof JSFunction) || !f.isConstructor) break general;
                    if (f.kind === FunctionKind.User && f.info !== null) {
                      callee = f;
                      argCount = code[pc + 4];
                      argBase = pc + 5;
                      constructing = true;
                      break;
                    }
                    if (f.kind !== FunctionKind.Native) break general;
                    fr.pc = pc;
                    const n = code[pc + 4];
                    R[code[pc + 1]] = f.native!(undefined, listValues(R, code, pc + 5, n), f);
                    pc += 5 + n;
                    continue;
                  }
                  case Op.Return: {
                    let v = R[code[pc + 1]];
                    if (fr.construct && !(v instanceof JSObject)) {
                      // a derived constructor may return only an object or undefined
                      const returnsValue = v !== undefined && fr.fn!.isDerived;
                      v = fr.thisValue;
                      if (v === HOLE || returnsValue) {
                        // ... and must have called super(): the error belongs to the caller
                        if (fr.entry) return returnsValue ? BAD_RETURN : NO_THIS;
                        realm.depth--;
                        if (realm.probe !== null) realm.probe.exit();
                        fr = fr.parent!;
                        fc = fr.code;
                        code = fc.code;
                        R = fr.regs;
                        caches = fc.caches;
                        FB = RECORD_FEEDBACK && fc.feedbackBudget >= 0 ? fc.feedback : null;
                        pc = fr.pc;
                        this.frame = fr;
                        throw returnsValue ? realm.error('TypeError', Messages.derivedReturn()) : realm.error('ReferenceError', Messages.superNotCalled());
                      }
                    }
                    result = v;
                    break returning;
                  }

                  // ---- closures, iteration, strings ------------------------------------------
                  case Op.Closure:
                    R[code[pc + 1]] = this.makeFunction(code[pc + 2], fr);
                    pc += 3;
                    continue;
                  case Op.ForInNext: {
                    const s = code[pc + 2];
                    const state = R[s] as ForIn;
                    const i = state.next(R[s + 1] as number);
                    if (i < 0) pc = code[pc + 3];
                    else {
                      R[code[pc + 1]] = state.keys[i];
                      R[s + 1] = i + 1;
                      pc += 4;
                    }
                    continue;
                  }
                  case Op.ForOfNext: {
                    const s = code[pc + 2];
                    const i = R[s + 1] as number;
                    if (i < 0) break general; // an iterator, not an array
                    const elems = (R[s] as JSArray).elems;
                    if (i >= elems.length) pc = code[pc + 3];
                    else {
                      R[code[pc + 1]] = elems[i];
                      R[s + 1] = i + 1;
                      pc += 4;
                    }
                    continue;
                  }
                  case Op.IterStart: {
                    const v = R[code[pc + 2]];
                    if (!(v instanceof JSArray)) break general;
                    const s = code[pc + 1];
                    R[s] = v;
                    R[s + 1] = 0;
                    pc += 4;
                    continue;
                  }
                  case Op.IterNext: {
                    const s = code[pc + 2];
                    const i = R[s + 1] as number;
                    if (i < 0) break general; // an iterator, not an array
                    const elems = (R[s] as JSArray).elems;
                    if (i < elems.length) {
                      R[code[pc + 1]] = elems[i];
                      R[s + 1] = i + 1;
                    } else R[code[pc + 1]] = undefined;
                    pc += 3;
                    continue;
                  }
                  case Op.TemplateAppend: {
                    const v = R[code[pc + 2]];
                    if (typeof v !== 'string') break general;
                    R[code[pc + 1]] = R[code[pc + 1]] + v + fc.constants[code[pc + 3]];
                    pc += 4;
                    continue;
                  }
                  case Op.EndFinally:
                    if (R[code[pc + 1]] === 1) break general; // an exception to rethrow
                    pc += 3;
                    continue;
                  default:
                    break general;
                }

                // ---- entering a compiled function (the call instructions break out of the switch to here) ----
                if (--realm.fuel <= 0) {
                  fr.pc = pc;
                  realm.refuel();
                  return YIELD; // the call instruction runs again in a fresh activation (nothing changed yet)
                }
                const depth = realm.depth + 1;
                if (depth > maxDepth) {
                  fr.pc = pc;
                  throw realm.stackOverflow();
                }
                realm.depth = depth;
                realm.counters.calls++;
                let cc = callee.tierData as FunctionCode | null;
                if (cc === null) cc = this.codeOf(callee);
                cc.calls++;
                if (cc.feedbackBudget >= 0) cc.feedbackBudget--;
                fr.pc = pc;
                // JIT hook (interpreters/jit): a hot or compiled callee may run as WebAssembly instead
                // (the JIT reports probe.enter(callee, 'wasm') itself when it takes the call)
                if (cc.calls >= cc.jitCallsAt && !constructing && this.jit !== null && !cc.jitNever) {
                  const v = this.jit.call(callee, cc, calleeThis, R, code, argBase, argCount);
                  if (v !== JIT_DECLINED) {
                    realm.depth--;
                    if (realm.probe !== null) realm.probe.exit();
                    R[code[pc + 1]] = v;
                    pc = argBase + argCount;
                    continue;
                  }
                }
                if (realm.probe !== null) realm.probe.enter(callee, 'vm');
                // a spare frame of this function (its locals reset), or a new one
                let frame = cc.spareCount > 0 ? cc.spareFrames[--cc.spareCount] : undefined;
                let regs: Value[];
                if (frame === undefined) {
                  regs = cc.registerTemplate.slice();
                  frame = new Frame(cc, regs, callee.context, undefined, callee, undefined, callee.homeObject, fr, depth);
                } else {
                  regs = frame.regs;
                  for (let i = cc.localCount - 1; i >= 0; i--) regs[i] = undefined;
                  frame.pc = 0;
                  frame.ctx = callee.context;
                  frame.fn = callee;
                  frame.newTarget = undefined;
                  frame.homeObject = callee.homeObject;
                  frame.parent = fr;
                  frame.depth = depth;
                  frame.entry = false;
                  frame.construct = false;
                  frame.fieldKeys = null;
                }
                fr.resumePc = argBase + argCount;
                const ar = cc.argumentRegisters;
                const n = argCount < ar.length ? argCount : ar.length;
                for (let i = 0; i < n; i++) regs[ar[i]] = R[code[argBase + i]];
                for (let i = n; i < ar.length; i++) regs[ar[i]] = undefined;
                if (cc.restIndex >= 0) {
                  const rest = cc.restIndex;
                  regs[cc.restRegister] = realm.newArray(argCount > rest ? listValues(R, code, argBase + rest, argCount - rest) : []);
                }
                if (constructing) {
                  let obj: Value = HOLE;
                  if (!callee.isDerived) {
                    obj = this.instanceFor(callee, cc);
                  }
                  frame.thisValue = obj;
                  frame.newTarget = callee;
                  frame.construct = true;
                  if (cc.thisRegister >= 0) regs[cc.thisRegister] = obj;
                  if (!callee.isDerived && callee.classNode) {
                    this.frame = frame;
                    this.initializeFields(callee, obj);
                  }
                } else {
                  const t = cc.isArrow ? callee.boundThis : calleeThis;
                  frame.thisValue = t;
                  if (cc.thisRegister >= 0) regs[cc.thisRegister] = t;
                }
                fr = frame;
                fc = cc;
                code = cc.code;
                R = regs;
                caches = cc.caches;
                FB = RECORD_FEEDBACK && cc.feedbackBudget >= 0 ? cc.feedback : null;
                pc = 0;
                this.frame = fr;
                continue;
              }
              // ---- a back-edge taken (the loop instructions break out to here, pc at the loop header) ----
              if (++fc.loopCounts[loop] > fc.osrAt && !fr.construct) {
                // on-stack replacement (JIT tier): the rest of this call runs compiled; then return its result
                fr.pc = pc;
                const v = this.jit!.backEdge(fr);
                if (v !== JIT_DECLINED) {
                  result = v;
                  break returning;
                }
              }
              if (FB !== null && --fc.feedbackBudget < 0) FB = null;
              if (--realm.fuel <= 0) {
                fr.pc = pc;
                realm.refuel();
                return YIELD; // continue at the loop header in a fresh activation (see run)
              }
              continue;
            }
            // ---- the general case: anything the switch above did not finish ----
            fr.pc = pc;
            pc = this.slow.instruction(fr, pc);
            if (FB !== null && fc.feedbackBudget < 0) FB = null;
            continue;
          }
          // ---- `fr` returns `result` (Return breaks out to here, and an on-stack replacement's result) ----
          if (fr.entry) {
            this.frame = fr.parent;
            return result;
          }
          realm.depth--;
          if (realm.probe !== null) realm.probe.exit();
          fc.spareFrames[fc.spareCount++] = fr;
          fr = fr.parent!;
          fc = fr.code;
          code = fc.code;
          R = fr.regs;
          caches = fc.caches;
          FB = RECORD_FEEDBACK && fc.feedbackBudget >= 0 ? fc.feedback : null;
          this.frame = fr;
          R[code[fr.pc + 1]] = result;
          pc = fr.resumePc;
        }
      } catch (e) {
        // an exception: find a handler in this run's frames, innermost first
        let thrown: JSThrow;
        try {
          thrown = realm.catchable(e);
        } catch (fatal) {
          this.frame = entry.parent;
          throw fatal;
        }
        fr.pc = pc;
        let handler: Handler | null = null;
        for (;;) {
          handler = findHandler(fr.code, fr.pc);
          if (handler !== null) break;
          if (fr === entry) {
            this.frame = entry.parent;
            throw thrown;
          }
          fr = fr.parent!;
        }
        fc = fr.code;
        code = fc.code;
        R = fr.regs;
        caches = fc.caches;
        FB = RECORD_FEEDBACK && fc.feedbackBudget >= 0 ? fc.feedback : null;
        pc = handler.target;
        R[handler.valueRegister] = thrown.value;
        if (realm.probe !== null) realm.probe.unwind(fr.depth);
        realm.depth = fr.depth;
        this.frame = fr;
      }
    }
  }

  private observe(fr: Frame, pc: number, lineProbe: Probe | null): void {
    const fc = fr.code;
    this.opcodeCounts[fc.code[pc]]++;
    if (this.tracer !== null) this.tracer.instruction(fr, pc);
    if (lineProbe !== null) for (let n = fc.statementStarts[pc]; n > 0; n--) lineProbe.line!(fc.lines[pc]);
  }

  /**
   * The object `new fn(...)` of a base constructor starts as (the JIT's
   * compiled `new` asks for it too): its prototype is `fn.prototype`, or
   * Object.prototype when that is not an object.
   */
  newInstance(fn: JSFunction): JSObject {
    if (fn.info === null) return this.realm.newObject(this.realm.prototypeFor(fn, this.realm.ObjectPrototype));
    return this.instanceFor(fn, this.codeOf(fn));
  }

  private instanceFor(fn: JSFunction, fc: FunctionCode): JSObject {
    // `fn.prototype`, cached by the constructor's shape
    const proto = fn.shape === fc.prototypeShape ? fn.slots[fc.prototypeSlot] : this.constructorPrototype(fn, fc);
    return this.realm.newObject(proto instanceof JSObject ? proto : this.realm.ObjectPrototype);
  }

  /** `fn.prototype` for `new fn` (made on first use), remembering where it is for the next time. */
  private constructorPrototype(fn: JSFunction, fc: FunctionCode): Value {
    const proto = this.realm.functionPrototypeProperty(fn);
    const slot = fn.shape.dictionary ? -1 : fn.shape.lookup('prototype');
    if (slot >= 0) {
      fc.prototypeShape = fn.shape;
      fc.prototypeSlot = slot;
    }
    return proto;
  }

  /** A closure of function `id` over the frame's context. */
  makeFunction(id: number, fr: Frame): JSFunction {
    const realm = this.realm;
    const info = this.program.functions[id];
    const isPlain = info.kind === 'function';
    const fn = new JSFunction(realm.functionShape, realm.FunctionPrototype, FunctionKind.User, info.name, info.length, isPlain);
    fn.info = info;
    fn.context = fr.ctx;
    if (info.kind === 'arrow') {
      fn.boundThis = fr.thisValue;
      fn.homeObject = fr.homeObject;
    }
    fn.lazyPrototype = isPlain;
    realm.counters.allocations++;
    if (realm.probe !== null) realm.probe.allocate('function', 96);
    return fn;
  }
}

function findHandler(fc: FunctionCode, pc: number): Handler | null {
  const handlers = fc.handlers;
  for (let i = 0; i < handlers.length; i++) {
    const h = handlers[i];
    if (pc >= h.start && pc < h.end) return h;
  }
  return null;
}
