// The JIT: hotness policy (calls, loop back-edges, profitability), compiling
// (analysis on this thread; code generation here or in the compiler thread,
// compile-service.ts), installing modules, entering them from the VM's two
// hooks (`call` at a call, `backEdge` for on-stack replacement at a loop
// header), the glue compiled code imports (env.*: register flushes, `exec`
// running any instruction with the VM's implementation, accessors, contexts,
// calls), and deoptimisation (rebuild a VM Frame from the registers compiled
// code wrote back, resume the VM there). Returning DECLINED to a hook means
// "the VM goes on". Also the --trace-jit lines and --stats counters.

import './v8-flags.js';
import type { Realm } from '../../src/runtime/realm.js';
import { type Context, HOLE, JSArray, JSFunction, JSMap, JSObject, JSSet, FunctionKind, type Value } from '../../src/runtime/values.js';
import { getProperty, ownKeys } from '../../src/runtime/properties.js';
import { getIterator } from '../../src/runtime/iteration.js';
import { toString, typeOf } from '../../src/runtime/operations.js';
import { Frame } from '../vm/frame.js';
import { type FunctionCode, OSR_NEVER } from '../vm/function-code.js';
import { CacheState, type PropertyCache } from '../vm/inline-cache.js';
import { instructionSize, Op, ROWS } from '../vm/opcodes.js';
import { listValues } from '../vm/slow-paths.js';
import type { Vm } from '../vm/vm.js';
import { analyse, type Analysis, argumentsOf, arrayMethodRead, Ineligible, isLeaf, MIRROR_BOOLEANS, MIRROR_NUMBERS, MIRROR_REFERENCES, outermostLoopAround, siteOf, Unprofitable, writeOf } from './analysis.js';
import { type CompiledCode, splitRegisters } from './webs.js';
import { blockLeaders } from './flow.js';
import { BOXED_CELL, CALLS_CELL, ITERATION_DONE_CELL, MAX_HOST_METHOD_ARGUMENTS, type CallTarget, type CodegenInput, DEPTH_CELL, FAIL_CELL, FUEL_CELL, generate, type Guard, hasMethodCache, HIDDEN_PARAMS, type Intrinsic, INTRINSICS, ARRAY_INTRINSICS, METHOD_INTRINSIC_NAMES, STRING_INTRINSICS, type ArrayIntrinsic, type OwnSlot, MAX_METHOD_CACHES, MAX_REFS, METHOD_CACHE_SIZE, METHOD_EPOCH_CELL, methodCachesBase, MIRRORED_CELL, NO_LENGTH_CELL, NO_SHAPE_CELL, NULL_REF, RECEIVER_MIRROR_CELL, REF_INFO_SIZE, refInfoBase, SHADOW_STACK, TIER_UP_REENTRY, TYPE_GUARD, BUILTIN_METHOD_RESULT, PROPERTY_TYPE, UNDEFINED_REF, UNREACHED, WIDENING_GUARDS } from './codegen.js';
import { Mirrors, SharedMemory } from './mirrors.js';
import { finishedCompiles, newJitId, requestCompile, startCompileService } from './compile-service.js';
import { binaryenLoaded, loadBinaryen, OPTIMIZE_LEVEL, setOptimizeLevel } from './module.js';
import { fits, Repr, REPR_NAMES, seenType } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const WebAssembly = (globalThis as any).WebAssembly;

export { JIT_DECLINED as DECLINED } from '../vm/vm.js';
import { JIT_DECLINED as DECLINED } from '../vm/vm.js';

/**
 * Deopts of one compiled version before it is thrown away and recompiled (a
 * widening guard throws it away at once, see WIDENING_GUARDS); recompiles
 * before giving up.
 */
const MAX_DEOPTS = 20;
const MAX_RECOMPILES = 4;
/** Memory for mirrors: 1 MB at first, grown up to 64 MB (more is written back and mirrored again). */
const MIRROR_ARENA_START = 1 << 20;
const MIRROR_ARENA_MAX = 64 << 20;
/** The longest `new Array(n).fill(v)` made in a mirror (8 MB of it); a longer one is made in the host. */
const MAX_FRESH_ARRAY = 1 << 20;
/** Generic calls of a since-compiled callee before the caller is recompiled to call it directly. */
const STALE_CALL_LIMIT = 100;
/**
 * What a host accessor leaves in the fail cell when the value it found has
 * another type than compiled code expects (1: any other failure): the deopt
 * throws the version away at once, as a type guard's does (int-to-double's
 * array read as int32 elements, deopted at every call once they were doubles).
 */
const FAIL_WIDENS = 2;
/**
 * Back-edges of a hot inner loop that wait for its nest's outermost header (the
 * only OSR entry into a nest, Analysis.loopHeaders) before the VM stops asking:
 * an inner loop that runs long within one outer iteration stays in the VM
 * until its loop counts double.
 */
const NEST_WAIT_LIMIT = 100_000;
/** Calls between two looks of the VM's hook at a function waiting for its callees to compile. */
const WAITING_LOOK = 128;
/** Deopt-stress: one guard in STRESS_PERIOD fails on purpose. */
const STRESS_PERIOD = 7;
/**
 * Compiles put off while callees were compiling in the background (the
 * driver loop of nbody's benchmark() got hot together with advance(), was
 * judged while advance was still compiling, so as calling it through the VM,
 * and stayed in the VM for good). A function put off is judged again as soon
 * as its callees are compiled (or, judged unprofitable, when twice as hot), so
 * this bound is a backstop: a compile in the compiler thread ends, and with it
 * the wait.
 */
const MAX_DEFERRALS = 30;
/**
 * Unprofitable verdicts taken again when the function is twice as hot (up to
 * this many times): a function is judged when its first loop gets hot, on the
 * loop counts of that moment (bounce's benchmark() was judged in its set-up
 * loop, before the loop that does the work had run once).
 */
const MAX_REJUDGEMENTS = 3;

/** Calls plus loop iterations so far: what the threshold is compared with. */
function hotness(fc: FunctionCode): number {
  let n = fc.calls;
  const lc = fc.loopCounts;
  for (let i = 0; i < lc.length; i++) n += lc[i];
  return n;
}

/**
 * Thrown by prepareJob: callees are still compiling, so it would call them
 * through the VM (and be judged on that). Compiling bottom-up, a caller is
 * compiled once its callees are: towers' moveTopDisk, compiled while pushDisk
 * was, called pushDisk through the host from every move, and moveDisks called
 * that stale moveTopDisk directly for good.
 */
class AwaitingCallees extends Unprofitable {
  constructor(pc: number, reason: string, asCallee: boolean, readonly callees: JitState[]) {
    super(pc, reason, asCallee);
  }
}

/** Its module is on its way: built in the compiler thread, or put off for callees that are (bounded depth: a cycle is not). */
function pending(s: JitState, depth = 0): boolean {
  return s.queued || (depth < 8 && s.awaits.some((c) => pending(c, depth + 1)));
}

/** Put off for callees that are still on their way. */
function waitsForCallees(s: JitState): boolean {
  return s.awaits.some((c) => pending(c));
}

export interface Unit {
  id: number;
  fc: FunctionCode;
  /** The closure it was compiled for (null: the script); a call that passes no closure means this one. */
  fn: JSFunction | null;
  /** The function as compiled: registers split into webs (webs.ts), constants renumbered. */
  view: CompiledCode;
  /** Compiled register → VM register. */
  origOf: Int32Array;
  /** VM registers the compiled code holds (written back at a deopt). */
  held: Uint8Array;
  /** The host's copy of the registers, in the VM's numbering: what compiled code flushes (st_*) before exec, callg and deopt, and OSR loads (ld_*). */
  regs: Value[];
  /** Per loop header: the compiled registers live there (loaded at an OSR entry, their types checked first). */
  osrLive: Map<number, number[]>;
  /** Per header of a loop inside another, the loop indices (FunctionCode.loopCounts) of the nest's outermost header. */
  nestHeads: Map<number, number[]>;
  params: Repr[];
  ret: Repr;
  repr: Repr[];
  guards: Guard[];
  /** The functions method calls were compiled against (CallTarget.callee; the `method` and `is_callee` guards). */
  callees: JSFunction[];
  /** The compiled callee each direct call site calls (pc → unit id). */
  directCalls: Map<number, number>;
  run: (...args: unknown[]) => unknown;
  text: string;
  wasmBytes: number;
  deopts: number;
  /** Generic calls it made of callees compiled since (see Jit.callUser). */
  staleCalls: number;
  /** Compiled for compiled callers only and not worth an entry from the VM (Analysis.enteredProfitably is false). */
  calleeOnly: boolean;
}

/** A compile between the main thread's analysis and installation (in the compiler thread, in background mode). */
interface CompileJob {
  id: number;
  fn: JSFunction | null;
  fc: FunctionCode;
  view: CompiledCode;
  input: CodegenInput;
  /** See Unit.callees. */
  callees: JSFunction[];
  /** The objects of CodegenInput.constantReceivers (marked holdsCachedMethods when the unit is installed). */
  receivers: JSObject[];
  /** Time the main thread spent on it (analysis, then instantiation). */
  mainMs: number;
}

interface JitState {
  unit: Unit | null;
  /** Why it does not compile (null: not tried yet or compiled). */
  ineligible: string | null;
  recompiles: number;
  givenUp: boolean;
  compiling: boolean;
  /** Recompiled once already because a callee got compiled after it (Jit.refresh). */
  refreshed: boolean;
  /** Its module is being built in the compiler thread (background mode). */
  queued: boolean;
  /** The callees it was put off for (AwaitingCallees; empty: not waiting): its compiled callers wait for it too. */
  awaits: JitState[];
  /** Judged while callees were still compiling: not looked at again before this hotness (see hot). */
  retryAt: number;
  /** Times it was judged so (bounded by MAX_DEFERRALS, then the verdict stands). */
  deferrals: number;
  /** Back-edges of an inner loop that waited for the nest's outermost header since the last OSR entry (NEST_WAIT_LIMIT). */
  nestWaits: number;
  /** An UNREACHED guard failed in one of its versions: later versions compile such sites generically. */
  trapped: boolean;
  /** Builtin method sites (push, pop, charCodeAt) whose result had another type (BUILTIN_METHOD_RESULT): later versions call them through the host. */
  hostMethodCalls: number[];
  /** A property read typed as the value its block wrote there before (analysis.ts, propertiesReadAfterWrite) found another type: its next versions do without those types. */
  readAfterWriteMisled: boolean;
  /** Unprofitable verdicts put off so far (MAX_REJUDGEMENTS). */
  rejudged: number;
  /**
   * Entering it from the VM would cost more than it saves, but it pays as the
   * callee of compiled code: the VM runs its calls (jitNever), a compiled
   * caller compiles it and calls it directly (towers' pushDisk/popDiskFrom).
   */
  calleeOnly: boolean;
  /** No loops and no calls (looked at once: Jit.call asks at every call until the function is decided). */
  leafWithoutLoops: boolean;
}

export interface JitOptions {
  threshold: number;
  trace: boolean;
  stress: boolean;
  /** Keep each compiled module's text (speedlab wasm). */
  keepText: boolean;
  /** Measure the time spent in compiled code (--stats). */
  timing: boolean;
  /** Compile in the background compiler thread (compile-service.ts); decided by tier.ts's compilesInBackground. */
  background: boolean;
  write: (text: string) => void;
  optimize: boolean;
}

export class Jit {
  readonly units: Unit[] = [];
  /** compileMs: time the program's thread spent compiling; backgroundMs: the compiler thread's. */
  readonly stats = { compiles: 0, compileMs: 0, backgroundMs: 0, deopts: 0, wasmEntries: 0, osrEntries: 0, osrDeclined: 0, reentries: 0, execs: 0, ineligible: 0, givenUp: 0, recompiles: 0, wasmMs: 0, freshArrays: 0 };
  readonly deoptReasons = new Map<string, number>();
  /** The step budget and call depth while compiled code runs: cells of the shared memory (codegen.ts, FUEL_CELL). */
  private readonly fuel: MemoryCell;
  private readonly depth: MemoryCell;
  private readonly fail: MemoryCell;
  private readonly boxed: MemoryCell;
  private readonly undef = new WebAssembly.Global({ value: 'externref', mutable: false }, undefined);
  /** `typeof` of a register compiled as a number or a boolean (codegen.ts, Op.TypeOf). */
  private readonly typeNames = {
    typeof_number: new WebAssembly.Global({ value: 'externref', mutable: false }, 'number'),
    typeof_boolean: new WebAssembly.Global({ value: 'externref', mutable: false }, 'boolean'),
  };
  /** Calls made compiled-to-compiled since the last flush into realm.counters.calls. */
  private readonly calls: MemoryCell;
  /** codegen.ts METHOD_EPOCH_CELL: bumped when host code runs or a prototype's property is written. */
  private readonly methodEpoch: MemoryCell;
  /** codegen.ts MIRRORED_CELL (here: the shape id of a receiver whose method guard passed). */
  private readonly mirrored: MemoryCell;
  /** codegen.ts RECEIVER_MIRROR_CELL: the slot mirror of the receiver a named-property accessor found with the cached shape. */
  private readonly receiverMirror: MemoryCell;
  /** codegen.ts ITERATION_DONE_CELL. */
  private readonly iterationDone: MemoryCell;
  /** The realm's own Math functions that compile to one instruction (codegen.ts INTRINSICS). */
  private readonly intrinsics = new Map<JSFunction, Intrinsic>();
  /**
   * Natives a method call site may call through the `callm` or `callf`
   * import, without exec, and when no user code can run (HostCall).
   */
  private readonly hostCalls = new Map<JSFunction, HostCall>();
  /** Array, Map and Set: `new` of them with primitive arguments runs no user code (the `newh` import). */
  private readonly hostConstructors = new Set<JSFunction>();
  /** The builtin methods compiled in place and the prototype that holds each, in METHOD_INTRINSIC_NAMES order (the `amethod` import checks they are still there). */
  private readonly builtinMethods: { holder: JSObject; f: Value }[] = [];
  /** Array.prototype.fill as the realm made it (the `newfill` import checks it is still there). */
  private readonly arrayFill: Value;
  /** Number arrays in the shared memory while compiled code uses them (mirrors.ts). */
  private readonly mirrors: Mirrors;
  /**
   * The memory compiled code shares with the host: the fuel and depth cells,
   * then the shadow stack of compiled calls: compiled code stores (unit, call
   * pc) at SHADOW_STACK + 8 * depth before each direct call, so the host can
   * rebuild the frames of the compiled activations (stack traces, deopt
   * parents) without a host call.
   */
  private readonly stack: { buffer: ArrayBuffer; grow(pages: number): number };
  /** Per host → wasm entry (a stack of entryCount): its depth, and the VM frame below it. */
  private readonly entryBase: number[] = [];
  private readonly entryParent: (Frame | null)[] = [];
  private entryCount = 0;
  /** Rebuilt frames of compiled activations, reused by depth. */
  private readonly shadowFrames: Frame[] = [];
  private stash: Value = undefined;
  /** The type a typed element read found instead (FAIL_WIDENS), for the deopt's trace line. */
  private failSeen = '-';
  /** A loop header the outermost activation left to be entered again (TIER_UP_REENTRY), or -1; with its closure, this and context. */
  private reentryPc = -1;
  private reentryFn: JSFunction | null = null;
  private reentryThis: Value = undefined;
  private reentryCtx: Context | null = null;
  private stressCount = 0;
  /** Scratch for up to four typed arguments of a host-made call (read out before the call runs). */
  private readonly argSlots: unknown[] = new Array(HIDDEN_PARAMS + 4).fill(undefined);
  private readonly env: Record<string, unknown>;
  /** The test modes (threshold 0, deopt stress) compile whatever can be compiled, profitable or not. */
  private readonly eager: boolean;
  /** Compile in the compiler thread (compile-service.ts) rather than in the program's thread. */
  private readonly background: boolean;
  private readonly jitId = newJitId();
  private readonly jobs = new Map<number, CompileJob>();
  private nextUnit = 0;
  /** Where the method caches start (codegen.ts, METHOD_CACHE_SIZE), and how many units took so far. */
  private readonly methodCaches: number;
  private methodCachesTaken = 0;
  /** The values prototype reads found, at their method cache's index (codegen.ts, METHOD_CACHE_SIZE). */
  private readonly cachedValues = new WebAssembly.Table({ element: 'externref', initial: MAX_METHOD_CACHES });

  constructor(
    private readonly vm: Vm,
    private readonly realm: Realm,
    readonly options: JitOptions,
  ) {
    if (!options.background && !binaryenLoaded()) void loadBinaryen();
    // the shadow stack, then the arena of array mirrors (mirrors.ts), which grows on demand
    const refInfo = refInfoBase(realm.limits.settings.maxDepth);
    this.methodCaches = methodCachesBase(realm.limits.settings.maxDepth);
    const arenaBase = this.methodCaches + MAX_METHOD_CACHES * METHOD_CACHE_SIZE;
    const pages = Math.ceil((arenaBase + MIRROR_ARENA_START) / 65536);
    const maxPages = Math.ceil((arenaBase + MIRROR_ARENA_MAX) / 65536);
    this.stack = new WebAssembly.Memory({ initial: pages, maximum: maxPages });
    const shared = new SharedMemory(this.stack, maxPages * 65536);
    this.mirrors = new Mirrors(shared, arenaBase, refInfo, (o) => o.shape === realm.arrayShape && o.proto === realm.ArrayPrototype);
    this.fuel = new MemoryCell(shared, FUEL_CELL / 4);
    this.depth = new MemoryCell(shared, DEPTH_CELL / 4);
    this.fail = new MemoryCell(shared, FAIL_CELL / 4);
    this.boxed = new MemoryCell(shared, BOXED_CELL / 4);
    this.calls = new MemoryCell(shared, CALLS_CELL / 4);
    this.methodEpoch = new MemoryCell(shared, METHOD_EPOCH_CELL / 4);
    this.methodEpoch.value = 1;
    this.mirrored = new MemoryCell(shared, MIRRORED_CELL / 4);
    this.receiverMirror = new MemoryCell(shared, RECEIVER_MIRROR_CELL / 4);
    this.iterationDone = new MemoryCell(shared, ITERATION_DONE_CELL / 4);
    new MemoryCell(shared, NO_SHAPE_CELL / 4).value = -1;
    new MemoryCell(shared, NO_LENGTH_CELL / 4).value = 0;
    const math = realm.builtinGlobals.get('Math');
    if (math instanceof JSObject) {
      for (const name of Object.keys(INTRINSICS) as Intrinsic[]) {
        const f = math.getOwn(name);
        if (f instanceof JSFunction) this.intrinsics.set(f, name);
      }
    }
    for (const name of METHOD_INTRINSIC_NAMES) {
      const holder = name in ARRAY_INTRINSICS ? realm.ArrayPrototype : realm.StringPrototype;
      const f = holder.getOwn(name);
      if (f instanceof JSFunction) this.intrinsics.set(f, name);
      this.builtinMethods.push({ holder, f });
    }
    // natives that run no user code on primitive receivers and arguments (codegen.ts, hostMethodCall)
    for (const proto of [realm.StringPrototype, realm.NumberPrototype, realm.BooleanPrototype]) {
      for (const key of ownKeys(proto, true)) {
        const f = proto.getOwn(key);
        if (f instanceof JSFunction && f.kind === FunctionKind.Native && key !== 'toLocaleString') this.hostCalls.set(f, HostCall.OnPrimitives);
      }
    }
    this.arrayFill = realm.ArrayPrototype.getOwn('fill');
    // the constructors whose instances `new` makes in the host without user code when the arguments are
    // primitives (codegen.ts, hostConstruct)
    for (const name of ['Array', 'Map', 'Set']) {
      const f = realm.builtinGlobals.get(name);
      if (f instanceof JSFunction && f.kind === FunctionKind.Native) this.hostConstructors.add(f);
    }
    // static natives that run no user code on primitive arguments (whatever the receiver)
    for (const [holder, names] of [['String', ['fromCharCode']], ['Array', ['isArray']], ['Number', ['isInteger', 'isFinite', 'isNaN', 'isSafeInteger']]] as const) {
      const ctor = realm.builtinGlobals.get(holder);
      for (const name of names) {
        const f = ctor instanceof JSObject ? ctor.getOwn(name) : undefined;
        if (f instanceof JSFunction && f.kind === FunctionKind.Native) this.hostCalls.set(f, HostCall.Static);
      }
    }
    // push and pop of an array with no typed mirror (its mirror of references, if any, is written back first)
    for (const name of ['push', 'pop']) {
      const f = realm.ArrayPrototype.getOwn(name);
      if (f instanceof JSFunction && f.kind === FunctionKind.Native) this.hostCalls.set(f, HostCall.ArrayMethod);
    }
    // and the collection methods that store, find or drop an entry (none calls back)
    for (const [proto, names] of [[realm.MapPrototype, ['get', 'set', 'has', 'delete']], [realm.SetPrototype, ['add', 'has', 'delete']]] as const) {
      for (const name of names) {
        const f = proto.getOwn(name);
        if (f instanceof JSFunction && f.kind === FunctionKind.Native) this.hostCalls.set(f, HostCall.CollectionMethod);
      }
    }
    this.env = this.makeEnv();
    this.eager = options.threshold === 0 || options.stress;
    this.background = options.background;
  }

  /** Compiling is possible: in the compiler thread, or here once binaryen has loaded. */
  private canCompile(): boolean {
    return this.background || binaryenLoaded();
  }

  private state(fc: FunctionCode): JitState {
    let s = fc.jitData as JitState | null;
    if (s === null) {
      fc.jitData = s = {
        unit: null, ineligible: null, recompiles: 0, givenUp: false, compiling: false, queued: false, awaits: [], refreshed: false, retryAt: 0, deferrals: 0, rejudged: 0, calleeOnly: false, trapped: false, hostMethodCalls: [], readAfterWriteMisled: false, nestWaits: 0,
        leafWithoutLoops: fc.loopHeaders.length === 0 && isLeaf(fc.code),
      };
    }
    return s;
  }

  private hot(fc: FunctionCode): boolean {
    const n = hotness(fc);
    if (n <= this.options.threshold) return false;
    const s = fc.jitData as JitState | null;
    if (s === null) return true;
    // one put off for its callees is judged again as soon as they are compiled
    if (s.awaits.length > 0) return !waitsForCallees(s);
    return n >= s.retryAt;
  }

  private where(fc: FunctionCode, pc = 0): string {
    return `${fc.name} (${fc.lineAt(Math.max(0, pc))}:${fc.columnAt(Math.max(0, pc)) + 1})`;
  }

  private trace(line: string): void {
    if (this.options.trace) this.options.write(`[jit] ${line}\n`);
  }

  // ---- the VM's hook ------------------------------------------------------------------

  /** The compiled unit for a call of `fc` (compiling it when hot), or null to run it in the VM. */
  private unitFor(callee: JSFunction, fc: FunctionCode): Unit | null {
    if (this.jobs.size > 0) this.poll();
    const s = fc.jitData as JitState | null;
    const unit = s === null ? null : s.unit;
    if (unit !== null) return unit;
    // (callee only: compiled when a compiled caller asks for it, not by calls through the host)
    if ((s !== null && (s.ineligible !== null || s.givenUp || s.calleeOnly)) || !this.hot(fc) || !this.canCompile()) return null;
    return this.compile(callee, fc);
  }

  /**
   * The VM enters a (non-construct) call of a user function: run it compiled,
   * or DECLINED. A leaf without loops is left to the VM for good: entering
   * WebAssembly from the VM costs more than the few instructions it saves
   * (measured: int-to-double's mulAdd and poly-call's closures ran 2-3x slower
   * compiled); it still compiles as the callee of a compiled function, which
   * calls it directly.
   */
  call(callee: JSFunction, fc: FunctionCode, thisValue: Value, R: Value[], code: Int32Array, argBase: number, argCount: number): Value {
    if (!this.eager && this.state(fc).leafWithoutLoops) {
      fc.neverJit();
      return DECLINED;
    }
    const unit = this.unitFor(callee, fc);
    if (unit === null) {
      // not hot (yet, or again after a verdict put off): the VM skips the hook until it may be
      // (deltablue's and richards' methods, put off again and again, went through it at every call)
      if (!this.hot(fc)) {
        const s = fc.jitData as JitState | null;
        const n = hotness(fc);
        let due = Math.max(this.options.threshold + 1, s === null ? 0 : s.retryAt);
        // one waiting for its callees looks again every WAITING_LOOK calls (the look also installs
        // finished compiles; at every call, richards' methods made 300,000 looks while binaryen loaded)
        if (s !== null && s.awaits.length > 0) due = n + WAITING_LOOK;
        fc.jitCallsAt = Math.min(OSR_NEVER, fc.calls + Math.max(1, due - n));
      }
      return DECLINED;
    }
    if (unit.calleeOnly) {
      // compiled for a compiled caller; from the VM it would not pay: the VM keeps its calls
      fc.neverJit();
      this.trace(`callee only ${this.where(fc)}: compiled for compiled callers, not entered from the VM`);
      return DECLINED;
    }
    const params = unit.params;
    const count = params.length;
    // up to four arguments travel in registers of this call (no array); more in an array
    let a0: unknown, a1: unknown, a2: unknown, a3: unknown;
    let rest: unknown[] | null = null;
    if (count > 4) rest = new Array(HIDDEN_PARAMS + count);
    for (let i = 0; i < count; i++) {
      const v = i < argCount ? R[code[argBase + i]] : undefined;
      const t = params[i];
      if (!fits(v, t)) return this.argumentMismatch(unit);
      const a = t === Repr.Bool ? (v ? 1 : 0) : v;
      if (rest !== null) rest[HIDDEN_PARAMS + i] = a;
      else if (i === 0) a0 = a;
      else if (i === 1) a1 = a;
      else if (i === 2) a2 = a;
      else a3 = a;
    }
    const probe = this.realm.probe;
    if (probe !== null) probe.enter(callee, 'wasm');
    return this.enter(unit, 0, callee, fc.isArrow ? callee.boundThis : thisValue, callee.context, this.vm.currentFrame, a0, a1, a2, a3, rest);
  }

  /**
   * Calls compiled code from the host with its typed arguments in a0..a3, or
   * (more than four) in `rest` after HIDDEN_PARAMS empty slots; `parent` is
   * the VM frame below the activation. Allocation-free for up to four.
   */
  private enter(unit: Unit, osr: number, fn: JSFunction | null, thisValue: Value, ctx: Context | null, parent: Frame | null,
    a0: unknown, a1: unknown, a2: unknown, a3: unknown, rest: unknown[] | null): Value {
    const realm = this.realm;
    this.stats.wasmEntries++;
    // the VM may have replaced methods since compiled code last ran: the method caches check again
    this.methodEpoch.value++;
    this.fuel.value = realm.fuel;
    const savedDepth = this.depth.value;
    const base = realm.depth;
    this.depth.value = base;
    const e = this.entryCount++;
    this.entryBase[e] = base;
    this.entryParent[e] = parent;
    const vm = this.vm;
    const savedFrame = vm.currentFrame;
    // --stats: time under the outermost entry (compiled code and the host calls it makes)
    const started = this.options.timing && e === 0 ? performance.now() : 0;
    let r: unknown;
    try {
      if (rest === null) r = unit.run(osr, fn, thisValue, ctx, a0, a1, a2, a3);
      else {
        rest[0] = osr;
        rest[1] = fn;
        rest[2] = thisValue;
        rest[3] = ctx;
        r = unit.run(...rest);
      }
      // the activation left at a loop header to be entered again (its registers are in unit.regs)
      while (this.reentryPc >= 0) {
        const header = this.reentryPc;
        this.reentryPc = -1;
        this.boxed.value = 0;
        this.stats.reentries++;
        r = unit.run(header + 1, this.reentryFn, this.reentryThis, this.reentryCtx);
      }
    } finally {
      // a deopt or host call inside may have left the VM's current frame on a rebuilt one
      vm.currentFrame = savedFrame;
      realm.fuel = this.fuel.value;
      realm.depth = base;
      this.depth.value = savedDepth;
      this.entryParent[e] = null;
      this.entryCount = e;
      // back to host code: arrays are written back (the guard forgets when the outermost activation ends)
      if (e === 0) this.mirrors.endOfActivation();
      else this.mirrors.flushAll(true);
      if (started !== 0) this.stats.wasmMs += performance.now() - started;
      realm.counters.calls += this.calls.value;
      this.calls.value = 0;
    }
    return this.result(r, unit.ret);
  }

  /**
   * On-stack replacement (the VM's back-edge hook): `frame` is at a loop
   * header of a hot loop. Enters the function's compiled code at that header
   * with the frame's registers, when their values fit the compiled types;
   * returns the call's result (the VM then returns it from the frame).
   */
  backEdge(frame: Frame): Value {
    if (this.jobs.size > 0) this.poll();
    const fc = frame.code;
    if (fc.osrAt >= OSR_NEVER) {
      // a loop ran past OSR_NEVER iterations (a billion): its count stays below it from now on, or every
      // later back-edge would come here (under --deopt-stress each entered, deopted and nested the host stack)
      for (let i = 0; i < fc.loopCounts.length; i++) fc.loopCounts[i] = Math.min(fc.loopCounts[i], OSR_NEVER >>> 1);
      return DECLINED;
    }
    const s = this.state(fc);
    if (s.ineligible !== null || s.givenUp || s.calleeOnly || frame.fieldKeys !== null) {
      fc.osrAt = OSR_NEVER;
      return DECLINED;
    }
    if (!this.canCompile()) return this.declineOsr(fc, false);
    // a version compiled for compiled callers only: entering it from the VM costs more than its loops save
    // (json's parseNumber, a loop over a number's few digits, was entered at every number and ran 0.7x the VM)
    if (s.unit !== null && s.unit.calleeOnly) return this.declineOsr(fc, false);
    const unit = s.unit ?? (waitsForCallees(s) ? null : this.compile(frame.fn, fc));
    const live = unit === null ? undefined : unit.osrLive.get(frame.pc);
    if (unit === null && (s.compiling || s.awaits.length > 0)) {
      // compiling in the background, or waiting for callees that are: look again a little later
      fc.osrAt = Math.min(OSR_NEVER, fc.osrAt + Math.max(this.options.threshold, 100));
      return DECLINED;
    }
    if (unit !== null && live === undefined) {
      // a loop inside a nest: the nest is entered at its outermost header, at that loop's next
      // back-edge (this one's back-edges come here meanwhile, up to NEST_WAIT_LIMIT of them)
      const outer = unit.nestHeads.get(frame.pc);
      if (outer !== undefined && s.nestWaits++ < NEST_WAIT_LIMIT) {
        let count = 0;
        for (const i of outer) count = Math.max(count, fc.loopCounts[i]);
        fc.osrAt = Math.min(fc.osrAt, count);
        return DECLINED;
      }
      s.nestWaits = 0;
    }
    if (unit === null || live === undefined) return this.declineOsr(fc, s.ineligible !== null);
    s.nestWaits = 0;
    for (let i = 0; i < live.length; i++) {
      const v = live[i];
      const r = unit.origOf[v];
      if (!fits(frame.regs[r], unit.repr[v])) {
        this.trace(`OSR declined ${this.where(fc, frame.pc)}: r${r} holds ${seenType(frame.regs[r])}, compiled as ${REPR_NAMES[unit.repr[v]]}`);
        // the compiled types are out of date: discard them, recompile from fresh feedback when hot again
        this.invalidate(unit, `a loop entry with ${seenType(frame.regs[r])} in r${r}`);
        return this.declineOsr(fc, false);
      }
    }
    for (let i = 0; i < live.length; i++) {
      const r = unit.origOf[live[i]];
      unit.regs[r] = frame.regs[r];
    }
    this.stats.osrEntries++;
    this.trace(`OSR entry ${this.where(fc, frame.pc)}: loop header, after ${Math.max(...fc.loopCounts)} iterations`);
    const probe = this.realm.probe;
    if (probe !== null && probe.switchMode !== undefined) probe.switchMode('wasm');
    const rest = unit.params.length > 4 ? new Array(HIDDEN_PARAMS + unit.params.length) : null;
    return this.enter(unit, frame.pc + 1, frame.fn, frame.thisValue, frame.ctx, frame.parent, undefined, undefined, undefined, undefined, rest);
  }

  private declineOsr(fc: FunctionCode, never: boolean): typeof DECLINED {
    this.stats.osrDeclined++;
    fc.osrAt = never ? OSR_NEVER : Math.min(OSR_NEVER, Math.max(fc.osrAt * 2, fc.osrAt + 1000));
    return DECLINED;
  }

  /**
   * The frames of the compiled activations below depth `top` of the current
   * wasm entry (outermost first, read from the shadow stack), linked to the VM
   * frame that entered wasm; returns the innermost (or that VM frame).
   */
  private shadowChain(top: number): Frame | null {
    const e = this.entryCount - 1;
    if (e < 0) return null;
    let parent = this.entryParent[e];
    const slots = new Int32Array(this.stack.buffer, SHADOW_STACK);
    for (let d = this.entryBase[e]; d < top; d++) {
      const u = this.units[slots[2 * d]];
      if (u === undefined) break;
      parent = this.shadowFrame(d, u, slots[2 * d + 1], parent);
    }
    return parent;
  }

  private shadowFrame(depth: number, u: Unit, pc: number, parent: Frame | null): Frame {
    let f = this.shadowFrames[depth];
    if (f === undefined) this.shadowFrames[depth] = f = new Frame(u.fc, u.fc.registerTemplate, null, undefined, u.fn, undefined, null, parent, depth);
    f.code = u.fc;
    f.regs = u.fc.registerTemplate;
    f.fn = u.fn;
    f.parent = parent;
    f.depth = depth;
    f.pc = pc;
    return f;
  }

  private result(r: unknown, ret: Repr): Value {
    if (this.boxed.value !== 0) {
      this.boxed.value = 0;
      return this.stash;
    }
    return ret === Repr.Bool ? r !== 0 : r;
  }

  // ---- compiling ----------------------------------------------------------------------

  /** Compiles fc (for closure fn); `asCallee`: asked by a compiled caller, which will call it directly (no entry cost). */
  compile(fn: JSFunction | null, fc: FunctionCode, asCallee = false): Unit | null {
    const s = this.state(fc);
    if (s.compiling) return null;
    s.compiling = true;
    s.awaits = [];
    const started = performance.now();
    let job: CompileJob;
    try {
      job = this.prepareJob(fn, fc, asCallee);
    } catch (e) {
      s.compiling = false;
      if (!(e instanceof Ineligible)) throw e;
      if (e instanceof AwaitingCallees && s.deferrals < MAX_DEFERRALS) {
        s.deferrals++;
        s.awaits = e.callees;
        s.retryAt = 2 * hotness(fc);
        this.trace(`deferred ${this.where(fc, e.pc)}: ${e.message}; judged again when twice as hot`);
        return null;
      }
      if (e instanceof Unprofitable && e.asCallee && !asCallee) {
        s.calleeOnly = true;
        fc.neverJit();
        this.trace(`callee only ${this.where(fc, e.pc)}: ${e.message} entered from the VM; compiled when a compiled caller calls it`);
        return null;
      }
      if (e instanceof Unprofitable && !asCallee && s.rejudged < MAX_REJUDGEMENTS) {
        s.rejudged++;
        s.retryAt = 2 * hotness(fc);
        this.trace(`not profitable yet ${this.where(fc, e.pc)}: ${e.message}; judged again when twice as hot`);
        return null;
      }
      this.notCompiled(fc, s, e.pc, e.message);
      return null;
    }
    if (this.background) {
      startCompileService();
      // the VM goes on running the function; poll() installs the module when it is ready
      job.mainMs = performance.now() - started;
      s.queued = true;
      this.jobs.set(job.id, job);
      requestCompile({ jit: this.jitId, unit: job.id, input: job.input, optimize: this.options.optimize });
      return null;
    }
    try {
      setOptimizeLevel(OPTIMIZE_LEVEL);
      const out = generate(job.input, this.options.optimize);
      return this.install(job, out.binary, out.guards, out.text, performance.now() - started, 0);
    } catch (e) {
      if (!(e instanceof Ineligible)) throw e;
      this.notCompiled(fc, s, e.pc, e.message);
      return null;
    } finally {
      s.compiling = false;
    }
  }

  private notCompiled(fc: FunctionCode, s: JitState, pc: number, reason: string): void {
    s.ineligible = reason;
    fc.neverJit();
    this.stats.ineligible++;
    this.trace(`not compiled ${this.where(fc, pc)}: ${reason}`);
  }

  /** Installs the modules the compiler thread finished since the last look (background mode). */
  private poll(): void {
    for (const r of finishedCompiles()) {
      const job = r.jit === this.jitId ? this.jobs.get(r.unit) : undefined;
      if (job === undefined) continue; // a result for a Jit that ran before this one
      this.jobs.delete(r.unit);
      const s = this.state(job.fc);
      s.compiling = false;
      s.queued = false;
      if (!r.ok) {
        // a bug in the code generator surfaces as it would in this thread: an internal error
        if (!r.ineligible) throw new Error(`jit: the compiler thread failed on ${job.fc.name}: ${r.reason}`);
        this.notCompiled(job.fc, s, r.pc, r.reason);
        continue;
      }
      const started = performance.now();
      this.install(job, r.binary, r.guards, '', job.mainMs + (performance.now() - started), r.ms);
    }
  }

  /**
   * Everything about a compile that needs the program's state, done on the
   * main thread: call targets, register webs, representations, the unit id.
   * Throws Ineligible.
   */
  private prepareJob(fn: JSFunction | null, fc: FunctionCode, asCallee: boolean): CompileJob {
    const G = this.realm.globals;
    const callTargets = new Map<number, CallTarget>();
    const code = fc.code;
    const returnReprOf = (pc: number): Repr | -1 => {
      const t = callTargets.get(pc);
      return t === undefined || t.kind === 'generic' || t.kind === 'host' ? Repr.Ref : t.kind === 'self' ? -1
        : t.kind === 'intrinsic' ? (t.name === 'imul' || t.name === 'charCodeAt' ? Repr.I32 : Repr.F64) : t.ret;
    };
    const callees: JSFunction[] = [];
    /** Call sites whose callee is compiling in the background (called through the VM until it is installed). */
    const awaiting: JitState[] = [];
    /** Call sites of compiled callees the VM enters as WebAssembly (not leaves without loops; for the cost model). */
    const entersCompiled = new Set<number>();
    /** Call sites whose callee runs in the VM for good (for the cost model). */
    const intoVm = new Set<number>();
    /** Per register, the inline cache of the GetNamed that last wrote it (a CallThis's likely method), -1: none. */
    const readFrom = new Int32Array(fc.registerCount).fill(-1);
    /** Per register, the global slot of the LoadGlobal that last wrote it (Math in Math.sqrt(x)), -1: none. */
    const globalIn = new Int32Array(fc.registerCount).fill(-1);
    /** The receiver object a GetNamed read its function from, when that was a global (per register written). */
    const holderOf = new Int32Array(fc.registerCount).fill(-1);
    /** Per register, the key register of the SuperGet that last wrote it (`super.m` before `super.m(...)`), -1: none. */
    const superKeyOf = new Int32Array(fc.registerCount).fill(-1);
    // callees first: a compiled callee is called directly with typed arguments
    for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
      const op = code[pc] as Op;
      let f: Value = null;
      if (op === Op.CallGlobal) f = G[code[pc + 2]];
      // a method the inline cache found on the receivers' prototype (or on the global object it was read from) every time so far
      else if (op === Op.CallMethod) f = monomorphicMethod(fc.caches[code[pc + 4]], G[globalIn[code[pc + 2]]]);
      else if (op === Op.CallThis && readFrom[code[pc + 2]] >= 0) f = monomorphicMethod(fc.caches[readFrom[code[pc + 2]]], G[holderOf[code[pc + 2]]]);
      // `new C(...)` of the class a global holds (R[B] is checked at run time: newthis)
      else if (op === Op.New) f = G[globalIn[code[pc + 2]]];
      // `super.m(...)`: the method the home object's prototype holds now (the callee guard checks it)
      else if (op === Op.CallThis && superKeyOf[code[pc + 2]] >= 0) f = superMethod(fn, fc.registerTemplate[superKeyOf[code[pc + 2]]], this.realm);
      const out = writeOf(code, pc);
      if (out >= 0) {
        readFrom[out] = op === Op.GetNamed ? code[pc + 4] : -1;
        holderOf[out] = op === Op.GetNamed ? globalIn[code[pc + 2]] : -1;
        globalIn[out] = op === Op.LoadGlobal ? code[pc + 2] : -1;
        superKeyOf[out] = op === Op.SuperGet && code[pc + 2] >= fc.constantBase ? code[pc + 2] : -1;
      }
      if (op === Op.New && f instanceof JSFunction && this.hostConstructors.has(f) && argumentsOf(code, pc).length <= MAX_HOST_METHOD_ARGUMENTS) {
        callTargets.set(pc, this.filledArrayAt(fc, pc, f) ? { kind: 'host', filled: true } : { kind: 'host' });
        continue;
      }
      if (op === Op.New) {
        const target = this.constructTarget(f, fn, callees, awaiting);
        if (target !== null) callTargets.set(pc, target);
        continue;
      }
      const intrinsic = f instanceof JSFunction ? this.intrinsics.get(f) : undefined;
      // (push and pop as a method call only: the receiver is the array)
      const array = intrinsic !== undefined && intrinsic in ARRAY_INTRINSICS;
      const method = intrinsic !== undefined && !(intrinsic in INTRINSICS);
      if (intrinsic !== undefined && (op === Op.CallMethod || (op === Op.CallThis && (!array || arrayMethodRead(code, pc) >= 0)))
        && intrinsicArguments(code, pc, intrinsic) && !(method && this.state(fc).hostMethodCalls.includes(pc))) {
        callTargets.set(pc, { kind: 'intrinsic', name: intrinsic, callee: callees.push(f) - 1 });
        continue;
      }
      // (a CallThis of a method a GetNamed just read: that read's cache)
      const methodCache = op === Op.CallMethod ? fc.caches[code[pc + 4]] : op === Op.CallThis && readFrom[code[pc + 2]] >= 0 ? fc.caches[readFrom[code[pc + 2]]] : null;
      if (f === null && methodCache !== null && methodCache.state === CacheState.Polymorphic) {
        const poly = this.polymorphicTarget(fn, methodCache, callees, awaiting);
        if (poly !== null) callTargets.set(pc, poly);
        continue;
      }
      const hostCall = f instanceof JSFunction ? this.hostCalls.get(f) : undefined;
      if ((op === Op.CallMethod || op === Op.CallThis) && hostCall !== undefined && hostCall !== HostCall.ArrayMethod && argumentsOf(code, pc).length <= MAX_HOST_METHOD_ARGUMENTS) {
        callTargets.set(pc, { kind: 'host' });
        continue;
      }
      if (!(f instanceof JSFunction) || f.kind !== FunctionKind.User || f.isClass || f.info === null) continue;
      const callee = op === Op.CallGlobal ? undefined : callees.push(f) - 1;
      if (fn !== null && f.info === fn.info) {
        callTargets.set(pc, { kind: 'self', callee, own: f === fn });
        continue;
      }
      const cfc = this.vm.codeOf(f);
      const cs = this.state(cfc);
      // (one put off for its own callees is not judged again before they are compiled)
      const cu = this.calleeUnit(f, cfc, awaiting);
      if (cu !== null && !cs.leafWithoutLoops) entersCompiled.add(pc);
      callTargets.set(pc, cu === null ? { kind: 'generic' } : { kind: 'direct', unit: cu.id, params: cu.params, ret: cu.ret, callee, own: f === cu.fn });
      // a callee not compiled yet may be soon (Jit.refresh); one that cannot be stays in the VM
      if (cu === null && (cs.ineligible !== null || cs.givenUp)) intoVm.add(pc);
    }
    // property sites whose cache holds one own slot of one shape (typed ones use the object's slot mirror)
    const ownSlots = new Map<number, OwnSlot>();
    // and GetNamed sites that read one prototype's property (a method, for `this.f(...)`)
    const protoReads: number[] = [];
    for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
      const op = code[pc] as Op;
      if (op !== Op.GetNamed && op !== Op.SetNamed) continue;
      const c = fc.caches[code[pc + 4]];
      if (c.state === CacheState.Monomorphic && c.ownShape !== null && c.nextShape === null) ownSlots.set(pc, { shape: c.ownShape.id, slot: c.slot });
      else if (op === Op.GetNamed && c.state === CacheState.Monomorphic && c.protoShape !== null && c.proto !== null) protoReads.push(pc);
    }
    // globals that hold a value now and that nothing writes but their declaration keep it (a let, const or
    // class binding, once out of its temporal dead zone; a builtin; a function declaration): compiled in as
    // constants, numbers and booleans typed (richards' `packet.kind === KIND_WORK` unboxed KIND_WORK each time)
    const reassigned = this.vm.compiler.reassignedGlobals;
    const constantGlobals: number[] = [];
    const constantValues: [number, number | boolean][] = [];
    for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
      const g = code[pc + 2];
      if (code[pc] !== Op.LoadGlobal || reassigned.has(g) || G[g] === HOLE || constantGlobals.includes(g)) continue;
      constantGlobals.push(g);
      const v = G[g];
      if (typeof v === 'number' || typeof v === 'boolean') constantValues.push([g, v]);
    }
    const constantValueOf = (g: number): number | boolean | undefined => constantValues.find(([s]) => s === g)?.[1];
    // CallMethod and GetNamed sites whose receiver a LoadGlobal of a constant object loaded in the same block (Math.sqrt)
    const constantReceivers: number[] = [];
    const receivers: JSObject[] = [];
    const leaders = blockLeaders(code);
    const loadedGlobal = new Int32Array(fc.registerCount).fill(-1);
    for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
      const op = code[pc] as Op;
      // (instructions writing a register pair are rare: they forget everything)
      if (leaders.has(pc) || ROWS[op].operands.includes('pair')) loadedGlobal.fill(-1);
      const g = op === Op.CallMethod || op === Op.GetNamed ? loadedGlobal[code[pc + 2]] : -1;
      const receiver = g >= 0 && constantGlobals.includes(g) ? G[g] : null;
      if (receiver instanceof JSObject && (op === Op.GetNamed || callTargets.get(pc)?.kind !== 'generic')) {
        constantReceivers.push(pc);
        if (!receivers.includes(receiver)) receivers.push(receiver);
      }
      const out = writeOf(code, pc);
      if (out >= 0) loadedGlobal[out] = op === Op.LoadGlobal ? code[pc + 2] : -1;
    }
    const { view, origOf, splits } = splitRegisters(fc);
    // calls into the VM or a builtin: an ineligible callee, or no user function the caches know of
    const genericCall = (pc: number): boolean => intoVm.has(pc) || !callTargets.has(pc);
    let analysis: Analysis;
    try {
      const calleeParams = (pc: number): readonly Repr[] | undefined => {
        const t = callTargets.get(pc);
        return t !== undefined && t.kind === 'direct' ? t.params : undefined;
      };
      const intrinsicAt = (pc: number): Intrinsic | undefined => {
        const t = callTargets.get(pc);
        return t !== undefined && t.kind === 'intrinsic' ? t.name : undefined;
      };
      const intrinsicCall = (pc: number): Intrinsic | undefined => { const i = intrinsicAt(pc); return i !== undefined && i in INTRINSICS ? i : undefined; };
      const arrayIntrinsicAt = (pc: number): ArrayIntrinsic | undefined => { const i = intrinsicAt(pc); return i !== undefined && i in ARRAY_INTRINSICS ? i as ArrayIntrinsic : undefined; };
      analysis = analyse(view, { returnReprOf, genericCall, calleeParams, polymorphicCall: (pc) => callTargets.get(pc)?.kind === 'poly', readAfterWrite: !this.state(fc).readAfterWriteMisled, intrinsicCall, builtinCall: (pc) => intrinsicAt(pc) !== undefined, arrayIntrinsicAt, compiledConstruct: (pc) => callTargets.get(pc)?.kind === 'construct', hostMethodCall: (pc) => callTargets.get(pc)?.kind === 'host', filledArray: (pc) => { const t = callTargets.get(pc); return t !== undefined && t.kind === 'host' && t.filled === true; }, constantValueOf, entersCompiled: (pc) => entersCompiled.has(pc), ownSlots, protoReads, constantGlobals, runs: fc, enteredFromVm: !asCallee }, this.eager ? null : 'profit');
    } catch (e) {
      if (e instanceof Unprofitable && awaiting.length > 0) {
        throw new AwaitingCallees(e.pc, `${e.message}, calling ${awaiting.length} compiling callee(s) through the VM`, e.asCallee, awaiting);
      }
      throw e;
    }
    if (awaiting.length > 0) throw new AwaitingCallees(0, `${awaiting.length} of its callees are compiling (it would call them through the VM)`, asCallee, awaiting);
    // a method cache in memory per CallMethod and prototype read (taken once the analysis passed; none left: the unit caches in its locals)
    let methodSites = 0;
    for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) if (hasMethodCache(code, pc, protoReads, constantReceivers)) methodSites++;
    let methodCaches = -1;
    if (methodSites > 0 && this.methodCachesTaken + methodSites <= MAX_METHOD_CACHES) {
      methodCaches = this.methodCaches + METHOD_CACHE_SIZE * this.methodCachesTaken;
      this.methodCachesTaken += methodSites;
    }
    const params = Array.from(fc.argumentRegisters, (r) => analysis.repr[r]);
    // instructions the VM never ran leave for it once (codegen.ts, UNREACHED); not in the test modes,
    // which compile functions before they have run at all, nor for a compiled caller: its direct calls
    // would go on entering this version after the deopt discarded it
    const unreached: number[] = [];
    if (!this.eager && !asCallee && !this.state(fc).trapped) {
      for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
        const op = code[pc] as Op;
        if (op === Op.GetElem ? fc.feedback[siteOf(code, pc)] === 0
          : (op === Op.GetNamed || op === Op.SetNamed || op === Op.CallMethod) && fc.caches[code[pc + 4]].state === CacheState.Uninitialized) unreached.push(pc);
      }
    }
    const id = this.nextUnit++;
    // only numbers and booleans of the constants are compiled in; the others stay on this side (konst)
    const template = view.registerTemplate.map((v) => (typeof v === 'number' || typeof v === 'boolean' ? v : null));
    const fixedRefs = new Map<number, number>();
    for (let r = view.constantBase; r < view.registerCount; r++) {
      const v = view.registerTemplate[r];
      if (v === null || v === undefined) fixedRefs.set(r, v === null ? NULL_REF : UNDEFINED_REF);
    }
    const input: CodegenInput = {
      unit: id, fc: { ...view, registerTemplate: template }, origOf, splits, analysis, params, callTargets, ownSlots, protoReads, constantGlobals, constantValues, constantReceivers, fixedRefs, methodCaches, unreached,
      maxDepth: this.realm.limits.settings.maxDepth, stress: this.options.stress, probe: this.realm.probe !== null, keepText: this.options.keepText,
    };
    return { id, fn, fc, view, input, callees, receivers, mainMs: 0 };
  }

  /**
   * `new Array(n).fill(v)`: the New at pc is of the realm's Array with one
   * argument, and the next instruction calls `.fill` with one argument on
   * what it made (fresh-arrays.ts decides whether the array can escape).
   */
  private filledArrayAt(fc: FunctionCode, pc: number, f: JSFunction): boolean {
    const code = fc.code;
    const next = pc + instructionSize(code, pc);
    return f === this.realm.builtinGlobals.get('Array') && argumentsOf(code, pc).length === 1 && next < code.length
      && code[next] === Op.CallMethod && code[next + 2] === code[pc + 1] && fc.constants[code[next + 3]] === 'fill' && argumentsOf(code, next).length === 1;
  }

  /**
   * The compiled construction of `new f(...)` (codegen.ts, CallTarget
   * 'construct'), when f is a base class or a function whose instances are
   * made as the VM makes them with nothing else run first (no instance fields)
   * and whose every return gives undefined (the object is the value of the
   * `new`), and its constructor is compiled (or compiled now, as a callee);
   * otherwise null (the `new` runs through exec).
   */
  private constructTarget(f: Value, fn: JSFunction | null, callees: JSFunction[], awaiting: JitState[]): CallTarget | null {
    if (!(f instanceof JSFunction) || f.kind !== FunctionKind.User || !f.isConstructor || f.isDerived) return null;
    if (f.classNode !== null && f.classNode.instanceFieldsInfo) return null;
    if (f.info === null) return { kind: 'construct', unit: -1, params: [], ret: Repr.Ref, callee: callees.push(f) - 1 };
    if (fn !== null && f.info === fn.info) return null;
    const cfc = this.vm.codeOf(f);
    const code = cfc.code;
    for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
      if (code[pc] === Op.Return && !(code[pc + 1] >= cfc.constantBase && cfc.registerTemplate[code[pc + 1]] === undefined)) return null;
    }
    const cu = this.calleeUnit(f, cfc, awaiting);
    return cu === null ? null : { kind: 'construct', unit: cu.id, params: cu.params, ret: cu.ret, callee: callees.push(f) - 1 };
  }

  /**
   * f's compiled unit, compiled now as a callee when it has run and can be;
   * null otherwise (noted in `awaiting` when it is compiling in the background).
   */
  private calleeUnit(f: JSFunction, cfc: FunctionCode, awaiting: JitState[]): Unit | null {
    const cs = this.state(cfc);
    let cu = cs.unit;
    if (cu === null && cs.ineligible === null && !cs.givenUp && cfc.calls > 0 && !pending(cs)) cu = this.compile(f, cfc, true);
    if (cu === null && pending(cs) && !awaiting.includes(cs)) awaiting.push(cs);
    return cu;
  }

  /**
   * A method call site whose cache found two to four methods on the
   * receivers' prototypes (richards' `this.task.run(packet)` over four task
   * classes): when each is a user function compiled (or compiled now, as a
   * callee) and all return the same type, the site calls the one the
   * receiver has directly (codegen.ts, polymorphicCall); otherwise null.
   */
  private polymorphicTarget(fn: JSFunction | null, cache: PropertyCache, callees: JSFunction[], awaiting: JitState[]): CallTarget | null {
    const found = cache.prototypeValues();
    const methods = [...new Set(found)];
    // (every receiver shape the site saw finds its method on a prototype)
    if (methods.length < 2 || found.length !== cache.entries.length) return null;
    const targets: (CallTarget & { kind: 'direct' })[] = [];
    for (const f of methods) {
      if (!(f instanceof JSFunction) || f.kind !== FunctionKind.User || f.isClass || f.info === null || (fn !== null && f.info === fn.info)) return null;
      const cu = this.calleeUnit(f, this.vm.codeOf(f), awaiting);
      if (cu === null) return null;
      targets.push({ kind: 'direct', unit: cu.id, params: cu.params, ret: cu.ret, callee: callees.push(f) - 1, own: f === cu.fn });
    }
    if (targets.some((t) => t.ret !== targets[0].ret)) return null;
    return { kind: 'poly', targets, ret: targets[0].ret };
  }

  /** Instantiates a compiled module against this Jit's imports and makes it the function's unit. */
  private install(job: CompileJob, binary: Uint8Array, guards: Guard[], text: string, ms: number, backgroundMs: number): Unit {
    const { id, fn, fc, view } = job;
    const { analysis, params, callTargets, origOf } = job.input;
    const imports: Record<string, unknown> = { ...this.env };
    for (const t of callTargets.values()) {
      if (t.kind === 'direct') imports[`fn_${t.unit}`] = this.units[t.unit].run;
      if (t.kind === 'poly') for (const d of t.targets) imports[`fn_${d.unit}`] = this.units[d.unit].run;
      if (t.kind === 'construct' && t.unit >= 0) imports[`fn_${t.unit}`] = this.units[t.unit].run;
    }
    for (let r = view.constantBase; r < view.registerCount; r++) imports[`k${r}`] = view.registerTemplate[r];
    for (const g of job.input.constantGlobals) imports[`g${g}`] = this.realm.globals[g];
    // (the callees method calls were compiled against: what a checked method cache holds, codegen.ts)
    for (let k = 0; k < job.callees.length; k++) imports[`c${k}`] = job.callees[k];
    for (const o of job.receivers) {
      // its methods are cached by the method epoch: the accessors' writes into it move the epoch,
      // and it has no slot mirror (compiled code would write those without the epoch knowing)
      o.holdsCachedMethods = true;
      if (o.slotMirror >= 0) this.mirrors.flushObject(o);
    }
    const instance = new WebAssembly.Instance(new WebAssembly.Module(binary), { env: imports });
    const osrLive = new Map<number, number[]>();
    for (const h of analysis.loopHeaders) {
      const live = analysis.liveIn[analysis.blockAt.get(h)!];
      const regs: number[] = [];
      for (let v = 0; v < view.constantBase; v++) if (live[v] && analysis.repr[v] !== Repr.None) regs.push(v);
      osrLive.set(h, regs);
    }
    const held = new Uint8Array(fc.constantBase);
    for (let v = 0; v < view.constantBase; v++) if (analysis.repr[v] !== Repr.None) held[origOf[v]] = 1;
    const nestHeads = new Map<number, number[]>();
    for (let i = 0; i < fc.loopHeaders.length; i++) {
      const h = fc.loopHeaders[i];
      const outer = outermostLoopAround(fc.code, h);
      if (outer === h || outer < 0) continue;
      const indices: number[] = [];
      for (let j = 0; j < fc.loopHeaders.length; j++) if (fc.loopHeaders[j] === outer) indices.push(j);
      nestHeads.set(h, indices);
    }
    const directCalls = new Map<number, number>();
    for (const [pc, t] of callTargets) if (t.kind === 'direct') directCalls.set(pc, t.unit);
    const unit: Unit = {
      id, fc, view, origOf, held, fn, regs: fc.registerTemplate.slice(), osrLive, nestHeads, params, ret: analysis.ret, repr: analysis.repr, guards, callees: job.callees, directCalls,
      run: instance.exports.run as (...args: unknown[]) => unknown,
      text, wasmBytes: binary.length, deopts: 0, staleCalls: 0, calleeOnly: !analysis.enteredProfitably,
    };
    this.units[id] = unit;
    const s = this.state(fc);
    s.unit = unit;
    // (a later version, after a deopt, is due as soon as the function is called or loops again)
    s.retryAt = 0;
    // (compiled by an OSR entry or for a caller: the VM's calls enter it from now on)
    if (!fc.jitNever) fc.jitCallsAt = 0;
    this.stats.compiles++;
    this.stats.compileMs += ms;
    this.stats.backgroundMs += backgroundMs;
    const probe = this.realm.probe;
    if (probe !== null && probe.compiled !== undefined && fn !== null) probe.compiled(fn, ms);
    const where = backgroundMs > 0 ? `${backgroundMs.toFixed(1)} ms in the background + ${ms.toFixed(1)} ms here` : `${ms.toFixed(1)} ms`;
    this.trace(`compile ${this.where(fc)} function: (${params.map((p, i) => `r${fc.argumentRegisters[i]}:${REPR_NAMES[p]}`).join(', ')}) -> ${REPR_NAMES[analysis.ret]}; ${fc.code.length} bytecode slots, ${binary.length} wasm bytes, ${where}`);
    return unit;
  }

  // ---- deoptimisation -----------------------------------------------------------------

  private deopt(unitId: number, pc: number, why: number, fnArg: JSFunction | null, thisValue: Value, ctxArg: Context | null): Value {
    const unit = this.units[unitId];
    const realm = this.realm;
    const fc = unit.fc;
    const g = unit.guards[why];
    const stress = g.reason.startsWith('stress') || this.options.stress;
    // a failed host accessor says whether the value had another type (a type guard) or was not there
    const widens = WIDENING_GUARDS.has(g.reason) || this.fail.value === FAIL_WIDENS;
    this.fail.value = 0;
    if (g.reason === TIER_UP_REENTRY && this.depth.value === this.entryBase[this.entryCount - 1]) {
      this.reentryPc = pc;
      this.reentryFn = fnArg;
      this.reentryThis = thisValue;
      this.reentryCtx = ctxArg;
      return undefined;
    }
    const regs = fc.registerTemplate.slice();
    for (let r = 0; r < fc.constantBase; r++) if (unit.held[r]) regs[r] = unit.regs[r];
    let resume = pc;
    if (g.stashed === true && g.pc === pc) {
      regs[writeOf(fc.code, pc)] = this.stash;
      this.boxed.value = 0;
      resume = pc + instructionSize(fc.code, pc);
    }
    const reg = g.reg >= 0 ? unit.origOf[g.reg] : -1;
    const seen = /overflow|-0|beyond int32/.test(g.reason) ? 'double' : reg >= 0 ? seenType(regs[reg]) : g.stashed === true ? seenType(this.stash)
      : widens ? this.failSeen : '-';
    this.countDeopt(g.reason);
    this.trace(`deopt ${fc.name} at ${fc.lineAt(pc)}:${fc.columnAt(pc) + 1}: ${g.reason} (expected ${g.expected}, seen ${seen})`);
    const probe = realm.probe;
    if (probe !== null) {
      if (probe.deoptimized !== undefined && unit.fn !== null) probe.deoptimized(unit.fn, g.reason);
      if (probe.switchMode !== undefined) probe.switchMode('vm');
    }
    if (g.reason === UNREACHED) this.state(fc).trapped = true;
    if (g.reason === PROPERTY_TYPE) this.state(fc).readAfterWriteMisled = true;
    if (g.reason === BUILTIN_METHOD_RESULT) this.state(fc).hostMethodCalls.push(pc);
    if (!stress && (++unit.deopts >= MAX_DEOPTS || widens)) {
      this.invalidate(unit);
      // a direct call's argument of another type: the callee's parameter widens too (recompiled
      // alone, the caller would call the same callee with the same types: int-to-double's
      // benchmark() gave up after five versions deopting on mulAdd's int32 parameter)
      const callee = g.reason === TYPE_GUARD ? unit.directCalls.get(pc) : undefined;
      if (callee !== undefined) this.invalidate(this.units[callee], `its caller ${fc.name} passed an argument of another type`);
    }
    // the resumed frame runs in a nested VM loop: its loops wait until their counts double before
    // entering compiled code again, so repeated OSR-then-deopt nests the host stack only logarithmically
    if (fc.osrAt !== OSR_NEVER) fc.osrAt = Math.min(OSR_NEVER, 2 * Math.max(fc.osrAt, ...fc.loopCounts) + 1);
    const fn = fnArg ?? unit.fn;
    const ctx = ctxArg ?? (fn === null ? null : fn.context);
    const parent = this.shadowChain(this.depth.value);
    const frame = new Frame(fc, regs, ctx, thisValue, fn, undefined, fn === null ? null : fn.homeObject, parent, this.depth.value);
    frame.pc = resume;
    const depth = this.depth.value;
    // (resume makes the rebuilt frame current; the one before it comes back after)
    const saved = this.enterHost(this.vm.currentFrame!);
    try {
      return this.vm.resume(frame);
    } finally {
      this.leaveHost(saved, depth);
    }
  }

  private countDeopt(reason: string): void {
    this.stats.deopts++;
    this.deoptReasons.set(reason, (this.deoptReasons.get(reason) ?? 0) + 1);
  }

  /** Discards a caller compiled before its callee `f` was (not a deopt: it recompiles when hot, with a direct call). */
  private refresh(caller: Unit, f: JSFunction): void {
    const s = this.state(caller.fc);
    // once per function: a site that stays generic (a polymorphic method) must not recompile it forever
    if (s.unit !== caller || s.refreshed) return;
    s.refreshed = true;
    s.unit = null;
    this.trace(`recompile ${this.where(caller.fc)}: its callee ${f.name || '<anonymous>'} is compiled now (a direct call)`);
  }

  /** Throws a compiled version away (`why` for the trace); after MAX_RECOMPILES the function stays in the VM. */
  private invalidate(unit: Unit, why = `${unit.deopts} deopt${unit.deopts === 1 ? '' : 's'}`): void {
    const s = this.state(unit.fc);
    if (s.unit !== unit) return;
    s.unit = null;
    unit.fc.feedbackBudget = 10_000;
    if (++s.recompiles > MAX_RECOMPILES) {
      s.givenUp = true;
      unit.fc.neverJit();
      this.stats.givenUp++;
      this.trace(`give up ${this.where(unit.fc)}: it deoptimised in each of ${MAX_RECOMPILES + 1} versions`);
    } else {
      this.stats.recompiles++;
      this.trace(`recompile ${this.where(unit.fc)} after ${why} (when hot again, with the widened feedback)`);
    }
  }

  private typed(ret: Repr, v: Value): unknown {
    if (fits(v, ret)) return ret === Repr.Bool ? (v ? 1 : 0) : v;
    this.stash = v;
    this.boxed.value = 1;
    return ret === Repr.F64 ? 0 : ret === Repr.Ref ? undefined : 0;
  }

  // ---- the imports of compiled code ---------------------------------------------------

  private makeEnv(): Record<string, unknown> {
    const realm = this.realm;
    const fail = this.fail;
    const units = this.units;
    const { getnamed, setnamed } = this.makeAccessors();
    const mirrors = this.mirrors;
    const charCodeAt = this.builtinMethods[METHOD_INTRINSIC_NAMES.indexOf('charCodeAt')].f;
    const failed = (): number => {
      fail.value = 1;
      return 0;
    };
    /** A typed element read found an element of another type: its guard widens (see deopt). */
    const otherElement = (v: Value): number => {
      fail.value = FAIL_WIDENS;
      this.failSeen = seenType(v);
      return 0;
    };
    /** An element read as a generic value (a hole or out of bounds fails: the VM reads it). */
    /** An array's length as compiled code sees it (its mirror's, which push and pop change in place). */
    const lengthOf = (o: JSArray): number => (o.elementMirror >= 0 ? mirrors.length(o) : o.elems.length);
    const getelem_ref = (o: Value, k: number): Value => {
      if (o instanceof JSArray && k >= 0 && k < lengthOf(o)) {
        if (o.elementMirror >= 0 && o.elementMirrorKind !== MIRROR_REFERENCES) return mirrors.read(o, k);
        const v = o.elementMirror >= 0 ? mirrors.read(o, k) : o.elems[k];
        if (v !== undefined || k in o.elems) {
          // read through the host from a reference mirror: the next read finds its index there
          if (o.elementMirror >= 0) mirrors.noteElement(o, k, v);
          return v;
        }
      }
      fail.value = 1;
      return undefined;
    };
    return {
      undef: this.undef, stack: this.stack, refs: mirrors.refs, cached: this.cachedValues, ...this.typeNames,
      typeof: (v: Value) => typeOf(v),
      // R[A] + String(v) + the text after it (TemplateAppend): a primitive's String runs no user code; an
      // object's toString does, so mirrors go back first then, and the activation's frame is in place
      template: (u: number, pc: number, fn: JSFunction | null, thisValue: Value, ctx: Context | null, a: Value, v: Value) => {
        const text = units[u].fc.constants[units[u].fc.code[pc + 3]] as string;
        if (isPrimitive(v)) return (a as string) + (typeof v === 'string' ? v : toString(realm, v)) + text;
        return this.inHost(u, pc, fn, thisValue, ctx, () => (a as string) + toString(realm, v) + text);
      },
      refuel: () => {
        realm.fuel = this.fuel.value;
        realm.refuel();
        this.fuel.value = realm.fuel;
      },
      // at a back-edge: refuel, and ask the outermost compiled activation to leave and re-enter (TIER_UP_REENTRY)
      refuel_loop: () => {
        realm.fuel = this.fuel.value;
        realm.refuel();
        this.fuel.value = realm.fuel;
        return this.depth.value === this.entryBase[this.entryCount - 1] ? 1 : 0;
      },
      stress: () => (++this.stressCount % STRESS_PERIOD === 0 ? 1 : 0),
      st_i32: (u: number, r: number, v: number) => { units[u].regs[r] = v; },
      st_f64: (u: number, r: number, v: number) => { units[u].regs[r] = v; },
      st_bool: (u: number, r: number, v: number) => { units[u].regs[r] = v !== 0; },
      st_ref: (u: number, r: number, v: Value) => { units[u].regs[r] = v; },
      ld_i32: (u: number, r: number) => units[u].regs[r],
      ld_f64: (u: number, r: number) => units[u].regs[r],
      ld_bool: (u: number, r: number) => (units[u].regs[r] ? 1 : 0),
      ld_ref: (u: number, r: number) => units[u].regs[r],
      exec: (u: number, pc: number, fn: JSFunction | null, thisValue: Value, ctx: Context | null) => this.exec(u, pc, fn, thisValue, ctx),
      cmp: (u: number, pc: number, fn: JSFunction | null, thisValue: Value, ctx: Context | null, op: Op, a: Value, b: Value) => {
        if (typeof a === 'string' && typeof b === 'string' && op !== Op.Eq && op !== Op.Ne) return this.vm.slow.compare(op, a, b) ? 1 : 0;
        return this.inHost(u, pc, fn, thisValue, ctx, () => (this.vm.slow.compare(op, a, b) ? 1 : 0));
      },
      // arithmetic with an operand compiled code holds as a generic value (string concatenation, a number read
      // untyped): on primitives no host code can run; an object's valueOf or toString is user code (as for cmp)
      arith: (u: number, pc: number, fn: JSFunction | null, thisValue: Value, ctx: Context | null, op: Op, a: Value, b: Value) => {
        if (isPrimitive(a) && isPrimitive(b)) return this.vm.slow.arithmetic(op, a, b);
        return this.inHost(u, pc, fn, thisValue, ctx, () => this.vm.slow.arithmetic(op, a, b));
      },
      callm: (u: number, pc: number, fn: JSFunction | null, thisValue: Value, ctx: Context | null, o: Value, a0: Value, a1: Value, a2: Value) =>
        this.callMethod(u, pc, fn, thisValue, ctx, null, o, a0, a1, a2),
      callf: (u: number, pc: number, fn: JSFunction | null, thisValue: Value, ctx: Context | null, f: Value, o: Value, a0: Value, a1: Value, a2: Value) =>
        this.callMethod(u, pc, fn, thisValue, ctx, f, o, a0, a1, a2),
      newh: (u: number, pc: number, fn: JSFunction | null, thisValue: Value, ctx: Context | null, f: Value, a0: Value, a1: Value, a2: Value) =>
        this.constructInHost(u, pc, fn, thisValue, ctx, f, a0, a1, a2),
      newfill: (f: Value, length: Value, v: Value) => this.newFilledArray(f, length, v),
      ctxof: (u: number, fn: JSFunction | null) => (fn ?? units[u].fn)?.context ?? null,
      pushctx: (ctx: Context | null, size: number) => {
        const c: Context = new Array(size);
        c[0] = ctx;
        return c;
      },
      popctx: (ctx: Context) => ctx[0],
      copyctx: (ctx: Context) => ctx.slice(),
      ldctx: (ctx: Context, hops: number, slot: number) => {
        let c = ctx;
        for (; hops > 0; hops--) c = c[0];
        return c[slot];
      },
      stctx: (ctx: Context, hops: number, slot: number, v: Value) => {
        let c = ctx;
        for (; hops > 0; hops--) c = c[0];
        c[slot] = v;
      },
      box_i32: (v: number) => v,
      box_f64: (v: number) => v,
      box_bool: (v: number) => v !== 0,
      unbox_i32: (v: Value) => (typeof v === 'number' && (v | 0) === v && !Object.is(v, -0) ? v : failed()),
      unbox_f64: (v: Value) => (typeof v === 'number' ? v : failed()),
      unbox_bool: (v: Value) => (typeof v === 'boolean' ? (v ? 1 : 0) : failed()),
      truthy: (v: Value) => (v === true || (v !== false && (typeof v === 'object' ? v !== null : !!v)) ? 1 : 0),
      seq: (a: Value, b: Value) => (a === b ? 1 : 0),
      nullish: (v: Value) => (v === null || v === undefined ? 1 : 0),
      isundef: (v: Value) => (v === undefined ? 1 : 0),
      fmod: (a: number, b: number) => a % b,
      deopt_i32: (u: number, pc: number, why: number, fn: JSFunction | null, t: Value, ctx: Context | null) => this.typed(Repr.I32, this.deopt(u, pc, why, fn, t, ctx)),
      deopt_f64: (u: number, pc: number, why: number, fn: JSFunction | null, t: Value, ctx: Context | null) => this.typed(Repr.F64, this.deopt(u, pc, why, fn, t, ctx)),
      deopt_bool: (u: number, pc: number, why: number, fn: JSFunction | null, t: Value, ctx: Context | null) => this.typed(Repr.Bool, this.deopt(u, pc, why, fn, t, ctx)),
      deopt_ref: (u: number, pc: number, why: number, fn: JSFunction | null, t: Value, ctx: Context | null) => this.deopt(u, pc, why, fn, t, ctx),
      callg: (u: number, pc: number) => {
        const fc = this.units[u].fc;
        const c = fc.code;
        const f = realm.globals[c[pc + 2]];
        const args: Value[] = [];
        const regs = this.units[u].regs;
        for (let i = 0; i < c[pc + 4]; i++) args.push(regs[c[pc + 5 + i]]);
        const depth = this.depth.value;
        const saved = this.enterHost(this.shadowFrame(depth, this.units[u], pc, this.shadowChain(depth)));
        try {
          if (f instanceof JSFunction && f.kind === FunctionKind.User && !f.isClass && f.info !== null) return this.callUser(f, undefined, args, this.units[u]);
          return this.vm.slow.call(f, undefined, args, fc.constants[c[pc + 3]] as string);
        } finally {
          this.leaveHost(saved, depth);
        }
      },
      ldglobal: (slot: number) => {
        const v = realm.globals[slot];
        if (v !== HOLE) return v;
        fail.value = 1;
        return undefined;
      },
      penter: (u: number) => {
        const probe = realm.probe;
        realm.depth = this.depth.value;
        const fn = this.units[u].fn;
        if (probe !== null && fn !== null) probe.enter(fn, 'wasm');
      },
      pexit: () => {
        const probe = realm.probe;
        realm.depth = this.depth.value - 1;
        if (probe !== null) probe.exit();
      },
      getelem_i32: (o: Value, k: number) => {
        if (o instanceof JSArray && k >= 0 && k < lengthOf(o)) {
          const v = o.elementMirror >= 0 ? mirrors.read(o, k) : o.elems[k];
          if (typeof v === 'number' && (v | 0) === v && !Object.is(v, -0)) return v;
          return otherElement(v);
        }
        return failed();
      },
      getelem_f64: (o: Value, k: number) => {
        if (o instanceof JSArray && k >= 0 && k < lengthOf(o)) {
          const v = o.elementMirror >= 0 ? mirrors.read(o, k) : o.elems[k];
          if (typeof v === 'number') return v;
          return otherElement(v);
        }
        return failed();
      },
      getelem_bool: (o: Value, k: number) => {
        if (o instanceof JSArray && k >= 0 && k < lengthOf(o)) {
          const v = o.elementMirror >= 0 ? mirrors.read(o, k) : o.elems[k];
          if (typeof v === 'boolean') return v ? 1 : 0;
          return otherElement(v);
        }
        return failed();
      },
      getelem_ref,
      getelem_ref_m: (o: Value, k: number, kind: number) => mirrors.noteAddress(getelem_ref(o, k), kind),
      mirror: (o: Value, kind: number) => mirrors.address(o, kind),
      omirror: (o: Value) => mirrors.objectAddress(o),
      setelem_i32: (o: Value, k: number, v: Value) => this.setElem(o, k, v),
      setelem_f64: (o: Value, k: number, v: Value) => this.setElem(o, k, v),
      setelem_bool: (o: Value, k: number, v: number) => this.setElem(o, k, v !== 0),
      setelem_ref: (o: Value, k: number, v: Value) => this.setElem(o, k, v),
      length: (o: Value) => (o instanceof JSArray ? lengthOf(o) : typeof o === 'string' ? o.length : failed()),
      // push and pop in compiled code (codegen.ts, arrayIntrinsic): a full mirror moved to a larger place,
      // Array.prototype still holding the builtin, a slow path's result in the call's type (else stashed)
      agrow: (o: Value) => mirrors.grow(o),
      amethod: (which: number) => {
        const m = this.builtinMethods[which];
        return m.f instanceof JSFunction && m.holder.getOwn(METHOD_INTRINSIC_NAMES[which]) === m.f ? 1 : 0;
      },
      strlen: (s: Value) => (typeof s === 'string' ? s.length : -1),
      charcode: (s: Value, k: number) => (typeof s === 'string' && k >= 0 && k < s.length ? s.charCodeAt(k) : -1),
      charcode_of: (f: Value, s: Value, k: number) => (f === charCodeAt && typeof s === 'string' && k >= 0 && k < s.length ? s.charCodeAt(k) : -1),
      typed_i32: (v: Value) => this.typed(Repr.I32, v),
      typed_f64: (v: Value) => this.typed(Repr.F64, v),
      typed_bool: (v: Value) => this.typed(Repr.Bool, v),
      isarray: (o: Value) => (o instanceof JSArray ? 1 : 0),
      // for-of and array patterns over a string, a Map or a Set (codegen.ts, iterationStart): their iterators
      // run no user code and read nothing mirrored; null: anything else (the VM iterates it, or throws)
      superget: (u: number, fn: JSFunction | null, key: Value) => {
        const home = (fn ?? units[u].fn)?.homeObject ?? null;
        const proto = home === null ? null : home.proto;
        return proto === null || typeof key !== 'string' ? failed() : getProperty(this.realm, proto, key);
      },
      iterstart: (v: Value) => (typeof v === 'string' || v instanceof JSMap || v instanceof JSSet ? new HostIterator(getIterator(this.realm, v)) : null),
      // (an iterator the VM made before an OSR entry may read an array's elements, which compiled code may
      // hold in a mirror: the VM steps that one)
      iterstep: (it: Value) => {
        if (!(it instanceof HostIterator)) return failed();
        const step = it.next();
        this.iterationDone.value = step.done === true ? 1 : 0;
        return step.done === true ? undefined : step.value;
      },
      // an array pattern's element k (undefined past the end), as the array's mirror holds it when it has one
      iterelem: (o: JSArray, k: number) => (k < lengthOf(o) ? (o.elementMirror >= 0 ? mirrors.read(o, k) : o.elems[k]) : undefined),
      getnamed_i32: (u: number, pc: number, o: Value) => this.typed(Repr.I32, getnamed(u, pc, o)),
      getnamed_f64: (u: number, pc: number, o: Value) => this.typed(Repr.F64, getnamed(u, pc, o)),
      getnamed_bool: (u: number, pc: number, o: Value) => this.typed(Repr.Bool, getnamed(u, pc, o)),
      getnamed,
      getnamed_m: (u: number, pc: number, o: Value, kind: number) => mirrors.noteAddress(getnamed(u, pc, o), kind),
      // the method of a direct CallMethod: the receiver's cached prototype method, if it is the one compiled against
      method: (u: number, pc: number, callee: number, o: Value) => {
        const unit = units[u];
        const c = unit.fc.caches[unit.fc.code[pc + 4]];
        const p = c.proto;
        if (typeof o === 'object' && o !== null) {
          const onProto = o.shape === c.protoShape && p !== null && o.proto === p && p.shape === c.holderShape;
          const f = onProto ? p.slots[c.protoSlot] : o.shape === c.ownShape ? o.slots[c.slot] : undefined;
          if (f !== undefined && f === unit.callees[callee]) {
            // the shape proves the method only when it is the prototype's: objects of one shape
            // can hold different functions in an own property (-1 matches no shape)
            this.mirrored.value = onProto ? o.shape.id : -1;
            return f;
          }
        }
        fail.value = 1;
        return undefined;
      },
      is_callee: (u: number, callee: number, f: Value) => (f === units[u].callees[callee] ? 1 : 0),
      // `new C(...)` compiled against C (codegen.ts, CallTarget 'construct'): the object the VM would make, null: f is not C
      newthis: (u: number, callee: number, f: Value) => {
        const c = units[u].callees[callee];
        return f === c ? this.vm.newInstance(c) : null;
      },
      // a polymorphic method call (codegen.ts, polymorphicCall): which of the site's compiled methods the receiver has
      // (CallMethod) or the method read is (CallThis), -1: another
      pcallee: (u: number, first: number, count: number, f: Value) => {
        const callees = units[u].callees;
        for (let i = 0; i < count; i++) if (callees[first + i] === f) return i;
        return -1;
      },
      pmethod: (u: number, pc: number, first: number, count: number, o: Value) => {
        if (!(o instanceof JSObject)) return -1;
        const unit = units[u];
        const f = unit.fc.caches[unit.fc.code[pc + 4]].prototypeValueFor(o);
        for (let i = 0; i < count; i++) if (unit.callees[first + i] === f) return i;
        return -1;
      },
      setnamed_i32: setnamed,
      setnamed_f64: setnamed,
      setnamed_bool: (u: number, pc: number, o: Value, v: number) => setnamed(u, pc, o, v !== 0),
      setnamed,
    };
  }

  /** Named property reads and writes for compiled code: the inline cache's fast path, else the VM's instruction. */
  private makeAccessors() {
    const units = this.units;
    // (the checks are the VM's: a shape compare proves the receiver is an object, no instanceof walk)
    const mirrors = this.mirrors;
    const receiverMirror = this.receiverMirror;
    /** Puts o's slot mirror into RECEIVER_MIRROR_CELL when compiled code may write it (mirrors.ts, objectAddress). */
    const noteReceiverMirror = (o: JSObject): void => {
      if (o.childRoot === null && !o.holdsCachedMethods) receiverMirror.value = o.slotMirror;
    };
    const getnamed = (u: number, pc: number, o: Value): Value => {
      const fc = units[u].fc;
      const c = fc.caches[fc.code[pc + 4]];
      if (typeof o === 'object' && o !== null) {
        const shape = o.shape;
        if (shape === c.ownShape) {
          this.mirrored.value = -1;
          if (o.slotMirror < 0) return o.slots[c.slot];
          noteReceiverMirror(o);
          return mirrors.slot(o, c.slot);
        }
        const p = c.proto;
        if (shape === c.protoShape && p !== null && o.proto === p && p.shape === c.holderShape) {
          // for a cached prototype read (codegen.ts, protoReads): the shape that found it
          this.mirrored.value = shape.id;
          return p.slotMirror < 0 ? p.slots[c.protoSlot] : mirrors.slot(p, c.protoSlot);
        }
      }
      // a string, number or boolean: its prototype's property through the cache (no user code can run, and
      // prototypes have no slot mirrors); a method read before a call of it (json's and collections'
      // `s.charAt(i)`) went through exec, which wrote every mirror back each time
      if (typeof o === 'string' || typeof o === 'number' || typeof o === 'boolean') {
        this.mirrored.value = -1;
        return c.load(this.realm, o, fc.constants[fc.code[pc + 3]] as string);
      }
      // any other receiver: the VM's implementation (cache entries, lookup, getters, errors)
      units[u].regs[fc.code[pc + 2]] = o;
      const v = this.exec(u, pc, null, undefined, null);
      // (after it: the code it ran may have written the cells)
      this.mirrored.value = -1;
      receiverMirror.value = -1;
      return v;
    };
    const setnamed = (u: number, pc: number, o: Value, v: Value): void => {
      const fc = units[u].fc;
      const c = fc.caches[fc.code[pc + 4]];
      if (typeof o === 'object' && o !== null && o.shape === c.ownShape) {
        // a prototype's property, or Math's (a method replaced?): method call sites check their receivers again
        if (o.childRoot !== null || o.holdsCachedMethods) this.methodEpoch.value++;
        if (c.nextShape === null) {
          if (o.slotMirror < 0) o.slots[c.slot] = v;
          else {
            mirrors.setSlot(o, c.slot, v);
            noteReceiverMirror(o);
          }
        } else {
          // a new property: the shape changes, so the slot mirror (made for the old one) goes back first
          if (o.slotMirror >= 0) mirrors.flushObject(o);
          if (o instanceof JSArray) mirrors.notPlain(o);
          o.shape = c.nextShape;
          o.slots.push(v);
        }
      } else {
        const regs = units[u].regs;
        regs[fc.code[pc + 1]] = o;
        regs[fc.code[pc + 3]] = v;
        this.exec(u, pc, null, undefined, null);
        receiverMirror.value = -1;
      }
    };
    return { getnamed, setnamed };
  }

  // ---- instructions run by the VM's implementation on behalf of compiled code -----------

  /**
   * The frame standing for compiled activation `u` at pc (for exec, errors and
   * stack traces): the unit's host registers, this activation's closure,
   * `this` and context, linked to the frames of its compiled callers.
   */
  private activation(u: number, pc: number, fnArg: JSFunction | null, thisValue: Value, ctx: Context | null): Frame {
    const unit = this.units[u];
    const depth = this.depth.value;
    const f = this.shadowFrame(depth, unit, pc, this.shadowChain(depth));
    const fn = fnArg ?? unit.fn;
    f.regs = unit.regs;
    f.fn = fn;
    f.thisValue = thisValue;
    f.ctx = ctx ?? (fn === null ? null : fn.context);
    f.homeObject = fn === null ? null : fn.homeObject;
    f.newTarget = undefined;
    f.construct = false;
    f.entry = false;
    f.fieldKeys = null;
    return f;
  }

  /**
   * Before the host runs something for compiled code: `frame` becomes the
   * VM's current frame and the realm's fuel and depth are those of compiled
   * code. Returns the frame to restore with leaveHost.
   */
  private enterHost(frame: Frame): Frame | null {
    // host code may read or write any array: mirrors go back first; and it may replace methods
    this.mirrors.flushAll(true);
    this.methodEpoch.value++;
    const realm = this.realm;
    realm.fuel = this.fuel.value;
    realm.depth = this.depth.value;
    const saved = this.vm.currentFrame;
    this.vm.currentFrame = frame;
    return saved;
  }

  private leaveHost(saved: Frame | null, depth: number): void {
    this.vm.currentFrame = saved;
    this.fuel.value = this.realm.fuel;
    this.depth.value = depth;
  }

  /**
   * The `callm` and `callf` imports (codegen.ts, hostMethodCall): the method
   * call at pc on receiver o with the arguments (as many as the instruction
   * has), of `method` (callf: CallThis, the function a GetNamed read) or of
   * what the receiver's property holds (callm: CallMethod, read here through
   * the site's cache). A native of hostCalls, where its HostCall says no
   * user code can run, is called at once: nothing mirrored is read, nothing
   * is written back (but the array's own mirror, for a push or pop). Anything else runs as exec runs a call: mirrors written back, the
   * activation's frame in place. (A native that throws on the quick path has
   * changed nothing: the call is made again the full way, which throws with
   * the frame in place.)
   */
  private callMethod(u: number, pc: number, fn: JSFunction | null, thisValue: Value, ctx: Context | null, method: Value, o: Value, a0: Value, a1: Value, a2: Value): Value {
    const unit = this.units[u];
    const fc = unit.fc;
    const code = fc.code;
    const byName = method === null;
    const at = byName ? pc + 6 : pc + 5;
    const n = code[at];
    const args = n === 0 ? [] : n === 1 ? [a0] : n === 2 ? [a0, a1] : [a0, a1, a2];
    const primitive = typeof o === 'string' || typeof o === 'number' || typeof o === 'boolean';
    let f = method;
    // (a method read from an object with a live slot mirror would need the mirror: the full way)
    if (primitive || !(o instanceof JSObject) || o.slotMirror < 0) {
      if (byName) f = fc.caches[code[pc + 4]].load(this.realm, o, fc.constants[code[pc + 3]] as string);
      const kind = f instanceof JSFunction ? this.hostCalls.get(f) : undefined;
      const primitiveArguments = (n < 1 || isPrimitive(a0)) && (n < 2 || isPrimitive(a1)) && (n < 3 || isPrimitive(a2));
      const quick = kind === HostCall.OnPrimitives ? primitive && primitiveArguments
        : kind === HostCall.Static ? primitiveArguments
        : kind === HostCall.ArrayMethod ? o instanceof JSArray
        : kind === HostCall.CollectionMethod && (o instanceof JSMap || o instanceof JSSet);
      if (quick) {
        if (o instanceof JSArray && o.elementMirror >= 0) this.mirrors.flushOne(o);
        try {
          return (f as JSFunction).native!(o, args, undefined);
        } catch {
          // (made again below)
        }
      }
    }
    this.stats.execs++;
    return this.inHost(u, pc, fn, thisValue, ctx, () => {
      if (byName) f = fc.caches[code[pc + 4]].load(this.realm, o, fc.constants[code[pc + 3]] as string);
      if (f instanceof JSFunction && f.kind === FunctionKind.User && !f.isClass && f.info !== null) return this.callUser(f, o, args, unit);
      return this.vm.slow.call(f, o, args, fc.constants[code[at - 1]] as string);
    });
  }

  /**
   * The `newh` import (codegen.ts, hostConstruct): `new f(...)` at pc with
   * the instruction's arguments. Array, Map or Set with primitive arguments is
   * made at once (no user code runs, nothing mirrored is read; a RangeError
   * for a bad length is thrown again the full way, with the frame in place);
   * anything else as exec would.
   */
  private constructInHost(u: number, pc: number, fn: JSFunction | null, thisValue: Value, ctx: Context | null, f: Value, a0: Value, a1: Value, a2: Value): Value {
    const code = this.units[u].fc.code;
    const n = code[pc + 4];
    const args = n === 0 ? [] : n === 1 ? [a0] : n === 2 ? [a0, a1] : [a0, a1, a2];
    if (f instanceof JSFunction && this.hostConstructors.has(f) && args.every(isPrimitive)) {
      try {
        return f.native!(undefined, args, f);
      } catch {
        // (made again below)
      }
    }
    this.stats.execs++;
    return this.inHost(u, pc, fn, thisValue, ctx, () => this.vm.slow.construct(f, args, this.units[u].fc.constants[code[pc + 3]] as string));
  }

  /**
   * The `newfill` import (fresh-arrays.ts): `new Array(length).fill(v)` made
   * in a mirror, whose address goes to MIRRORED_CELL (-1: too long for one,
   * made in the host); null when the call would not be that (Array or
   * Array.prototype.fill replaced, not a valid length): compiled code deopts
   * before the `new`, and the VM runs both.
   */
  private newFilledArray(f: Value, length: Value, v: Value): Value {
    const realm = this.realm;
    if (f !== realm.builtinGlobals.get('Array') || realm.ArrayPrototype.getOwn('fill') !== this.arrayFill) return null;
    if (typeof length !== 'number' || !(length >= 0 && length <= 4294967295 && Math.floor(length) === length)) return null;
    if (length > MAX_FRESH_ARRAY) {
      this.mirrored.value = -1;
      return realm.newArray(new Array(length).fill(v));
    }
    const kind = typeof v === 'boolean' ? MIRROR_BOOLEANS : MIRROR_NUMBERS;
    const o = realm.newArray([], realm.ArrayPrototype, length);
    const addr = this.mirrors.fresh(o, length, kind, v === true ? 1 : v === false ? 0 : (v as number));
    if (addr >= 0) this.stats.freshArrays++;
    else for (let i = 0; i < length; i++) o.elems.push(v);
    this.mirrored.value = addr;
    return o;
  }

  /**
   * Runs `work`, which may run user code, for the compiled activation of unit
   * u at pc: mirrors written back, the activation's frame current (for errors
   * and stack traces), fuel and depth handed over and back (enterHost).
   */
  private inHost<T>(u: number, pc: number, fn: JSFunction | null, thisValue: Value, ctx: Context | null, work: () => T): T {
    const depth = this.depth.value;
    const saved = this.enterHost(this.activation(u, pc, fn, thisValue, ctx));
    try {
      return work();
    } finally {
      this.leaveHost(saved, depth);
    }
  }

  /** The `exec` import: the instruction at pc in full, by the VM's implementation; returns what it wrote. */
  private exec(u: number, pc: number, fn: JSFunction | null, thisValue: Value, ctx: Context | null): Value {
    this.stats.execs++;
    const fr = this.activation(u, pc, fn, thisValue, ctx);
    const code = fr.code.code;
    const op = code[pc] as Op;
    const depth = this.depth.value;
    const saved = this.enterHost(fr);
    try {
      if (op === Op.Call || op === Op.CallThis || op === Op.CallMethod) return this.execCall(fr, pc, op, op === Op.Call ? null : this.units[u]);
      this.vm.slow.instruction(fr, pc);
      const out = writeOf(code, pc);
      return out >= 0 ? fr.regs[out] : undefined;
    } finally {
      this.leaveHost(saved, depth);
    }
  }

  /**
   * A call instruction of compiled code: a user function that is compiled (or
   * hot) is entered as WebAssembly directly; anything else is called the way
   * the VM calls it.
   */
  private execCall(fr: Frame, pc: number, op: Op, caller: Unit | null): Value {
    const fc = fr.code;
    const code = fc.code;
    const R = fr.regs;
    let f: Value;
    let thisValue: Value = undefined;
    let at: number;
    let text: number;
    if (op === Op.Call) {
      f = R[code[pc + 2]];
      text = code[pc + 3];
      at = pc + 4;
    } else if (op === Op.CallThis) {
      f = R[code[pc + 2]];
      thisValue = R[code[pc + 3]];
      text = code[pc + 4];
      at = pc + 5;
    } else {
      thisValue = R[code[pc + 2]];
      f = fc.caches[code[pc + 4]].load(this.realm, thisValue, fc.constants[code[pc + 3]] as string);
      text = code[pc + 5];
      at = pc + 6;
    }
    const args = listValues(R, code, at + 1, code[at]);
    if (f instanceof JSFunction && f.kind === FunctionKind.User && !f.isClass && f.info !== null) return this.callUser(f, thisValue, args, caller);
    return this.vm.slow.call(f, thisValue, args, fc.constants[text] as string);
  }

  /**
   * An argument does not fit the compiled parameter types: the call runs in
   * the VM, and the version is thrown away like one that failed a widening
   * guard (the VM records the new types; the next compile widens them).
   */
  private argumentMismatch(unit: Unit): typeof DECLINED {
    if (!this.options.stress) {
      this.trace(`deopt ${this.where(unit.fc)} at entry: argument types (expected ${unit.params.map((p) => REPR_NAMES[p]).join(', ')})`);
      this.countDeopt('argument types');
      this.invalidate(unit, 'an argument of another type');
    }
    return DECLINED;
  }

  /**
   * A call the runtime makes (a builtin calling a callback, the bench harness
   * calling benchmark()): compiled code when the function has it, as for the
   * VM's own calls (Jit.call); the VM otherwise. Construct calls, classes and
   * the functions the VM keeps for good stay in the VM.
   */
  callFromHost(fn: JSFunction, thisValue: Value, args: Value[], newTarget: JSFunction | undefined): Value {
    if (newTarget !== undefined || fn.kind !== FunctionKind.User || fn.isClass || fn.info === null) return this.vm.callUser(fn, thisValue, args, newTarget);
    const fc = this.vm.codeOf(fn);
    if (fc.jitNever || (!this.eager && this.state(fc).leafWithoutLoops)) return this.vm.callUser(fn, thisValue, args, undefined);
    return this.callUser(fn, thisValue, args);
  }

  /**
   * A call of a user function made for compiled code: compiled (or hot) callees
   * run as WebAssembly, others in the VM. `caller`: the unit whose generic call
   * site this is; once its callee has been compiled and called this way
   * STALE_CALL_LIMIT times, the caller is recompiled to call it directly.
   */
  private callUser(f: JSFunction, thisValue: Value, args: Value[], caller: Unit | null = null): Value {
    const cfc = this.vm.codeOf(f);
    const unit = this.unitFor(f, cfc);
    if (unit !== null && caller !== null && ++caller.staleCalls === STALE_CALL_LIMIT) this.refresh(caller, f);
    if (unit !== null) {
      const v = this.enterFromHost(unit, f, cfc, thisValue, args);
      if (v !== DECLINED) return v;
    }
    return this.vm.callUser(f, thisValue, args, undefined);
  }

  /** A call of a compiled function made by the host (depth, fuel, counters and probe as the VM keeps them). */
  private enterFromHost(unit: Unit, f: JSFunction, fc: FunctionCode, thisValue: Value, values: Value[]): Value {
    const params = unit.params;
    // (checked before any is stored: the shared slots must stay empty when the VM runs the call
    // instead; a value left there became the next zero-parameter callee's `this` mirror address)
    for (let i = 0; i < params.length; i++) if (!fits(values[i], params[i])) return this.argumentMismatch(unit);
    const rest: unknown[] = params.length > 4 ? new Array(HIDDEN_PARAMS + params.length) : this.argSlots;
    for (let i = 0; i < params.length; i++) {
      const v = values[i];
      rest[HIDDEN_PARAMS + i] = params[i] === Repr.Bool ? (v ? 1 : 0) : v;
    }
    const realm = this.realm;
    if (realm.depth + 1 > realm.limits.settings.maxDepth) throw realm.stackOverflow();
    if (--realm.fuel <= 0) realm.refuel();
    realm.depth++;
    realm.counters.calls++;
    fc.calls++;
    const probe = realm.probe;
    if (probe !== null) probe.enter(f, 'wasm');
    try {
      const t = fc.isArrow ? f.boundThis : thisValue;
      const parent = this.vm.currentFrame;
      if (rest !== this.argSlots) return this.enter(unit, 0, f, t, f.context, parent, undefined, undefined, undefined, undefined, rest);
      const a0 = rest[4], a1 = rest[5], a2 = rest[6], a3 = rest[7];
      rest[4] = rest[5] = rest[6] = rest[7] = undefined;
      return this.enter(unit, 0, f, t, f.context, parent, a0, a1, a2, a3, null);
    } finally {
      realm.depth--;
      if (probe !== null) probe.exit();
    }
  }

  /** Elements copied into and out of array mirrors (--stats). */
  get mirroredElements(): number {
    return this.mirrors.copied;
  }

  private setElem(o: Value, k: number, v: Value): void {
    if (o instanceof JSArray && o.elementMirror >= 0) {
      if (k >= 0 && k < this.mirrors.length(o) && this.mirrors.write(o, k, v)) return;
      // an append or a value of another type: the array leaves its mirror
      this.mirrors.flushOne(o);
    }
    if (o instanceof JSArray && k >= 0 && k <= o.elems.length) {
      if (k === o.elems.length) o.elems.push(v);
      else o.elems[k] = v;
    } else this.fail.value = 1;
  }
}

/** One i32 of the memory shared with compiled code, read and written like a WebAssembly.Global. */
class MemoryCell {
  constructor(
    private readonly shared: SharedMemory,
    private readonly index: number,
  ) {}
  get value(): number {
    return this.shared.words[this.index];
  }
  set value(v: number) {
    this.shared.words[this.index] = v;
  }
}

/**
 * The function a call site's inline cache has always found: on the receivers'
 * prototype, or an own property of `holder` (the object the receiver was read
 * from a global, as Math in Math.sqrt) when the cache has its shape. Null:
 * none or several.
 */
/** What `super[key]` reads in fn now (a method's home object's prototype's property), or null. */
function superMethod(fn: JSFunction | null, key: Value, realm: Realm): Value {
  const home = fn === null ? null : fn.homeObject;
  const proto = home === null ? null : home.proto;
  return proto === null || typeof key !== 'string' ? null : getProperty(realm, proto, key);
}

/** The natives a compiled method call makes through the host without exec, and when (Jit.callMethod). */
const enum HostCall {
  /** A String, Number or Boolean method: on a primitive receiver with primitive arguments. */
  OnPrimitives,
  /** String.fromCharCode, Array.isArray, Number.isInteger and the like: on primitive arguments. */
  Static,
  /** Array.prototype's push and pop, on an array (its own mirror written back first; compiled as intrinsics when typed). */
  ArrayMethod,
  /** A Map or Set method that stores, finds or drops an entry: on a Map or Set, whatever the arguments. */
  CollectionMethod,
}

/**
 * An iterator `iterstart` made, of a string, a Map or a Set: stepping it runs
 * no user code and reads nothing compiled code may hold in a mirror. (The VM
 * steps it as any iterator after a deopt.)
 */
class HostIterator implements Iterator<Value> {
  constructor(private readonly source: Iterator<Value>) {}

  next(): IteratorResult<Value> {
    return this.source.next();
  }
}

/** Not an object: no valueOf or toString of the program's can run on it. */
function isPrimitive(v: Value): boolean {
  return typeof v !== 'object' || v === null;
}

function monomorphicMethod(c: PropertyCache, holder: Value): Value {
  if (c.state !== CacheState.Monomorphic) return null;
  if (c.protoShape !== null && c.proto !== null && c.proto.shape === c.holderShape) return c.proto.slots[c.protoSlot];
  if (c.ownShape !== null && holder instanceof JSObject && holder.shape === c.ownShape) return holder.slots[c.slot];
  return null;
}

/** The call at pc passes as many arguments as the intrinsic takes (the count is the list's first operand). */
function intrinsicArguments(code: Int32Array, pc: number, name: Intrinsic): boolean {
  const countAt = code[pc] === Op.CallMethod ? pc + 6 : pc + 5;
  const takes: Record<string, number> = { ...INTRINSICS, ...ARRAY_INTRINSICS, ...STRING_INTRINSICS };
  return code[countAt] === takes[name];
}
