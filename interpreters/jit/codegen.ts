// Bytecode → WebAssembly for one function (function-level compilation). Each
// register becomes a wasm local of its representation (analysis.ts); each basic
// block a relooper block, so any bytecode control flow becomes structured wasm.
// Every assumption is a guard: `if (fail) { dpc := pc; why := guard; br $deopt }`.
// The $deopt exit writes every register back through the `st_*` imports and
// returns `deopt_*(unit, pc, why)`: the host rebuilds the VM frame at that pc
// and finishes the call in the VM (glue.ts). Nothing here throws: a would-be
// exception is a deopt, and the VM raises it at the right instruction.
// Imports are the only way out: the runtime glue (env.*) and other compiled
// functions (fn_<unit>).

import { feedbackBytes } from '../vm/feedback.js';
import { instructionSize, Op, ROWS } from '../vm/opcodes.js';
import { type Analysis, argumentsOf, arrayIntrinsicKind, arrayMethodRead, Ineligible, INLINE, MIRROR_AT_ONCE, MIRROR_BOOLEANS, MIRROR_NUMBERS, MIRROR_REFERENCES, mirrorKindAt, objectMirrored, readsOf, receiverOf, referenceMirrored, siteOf, writeOf } from './analysis.js';
import { BRANCHES, isLoopBranch, loopsOf, targetOf } from './flow.js';
import type { CompiledCode, Split } from './webs.js';
import { asBinaryenError, type Expr, WasmModule, type WasmType } from './module.js';
import { fromFeedback, numericOrNone, Repr, REPR_NAMES, reprOfValue } from './types.js';

export interface Guard {
  pc: number;
  reason: string;
  expected: string;
  /** The register whose value failed the check (-1: none). */
  reg: number;
  /**
   * The instruction at pc ran (a call returned, a property was read) and its
   * result did not fit the compiled type: the host holds the result, the VM
   * resumes after the instruction with it (never running the instruction twice).
   */
  stashed?: boolean;
}

/**
 * How a call site calls its callee. Method calls (CallMethod, CallThis) name
 * the function they were compiled against by `callee`, an index into the
 * unit's callees (jit.ts), which a host guard compares with the function the
 * call finds at run time. `own`: that function is the one the callee's unit
 * was compiled from, so a null closure can stand for it (see METHOD_CACHE_SIZE).
 */
export type CallTarget =
  | { kind: 'self'; callee?: number; own?: boolean }
  | { kind: 'direct'; unit: number; params: Repr[]; ret: Repr; callee?: number; own?: boolean }
  | { kind: 'intrinsic'; name: Intrinsic; callee: number }
  /** A method call whose receivers found one of these compiled methods (their callee numbers are consecutive). */
  | { kind: 'poly'; targets: (CallTarget & { kind: 'direct' })[]; ret: Repr }
  /**
   * `new C(...)` of a base class or function whose every return gives
   * undefined and that has no instance fields: the host allocates the object
   * (`newthis`, which also checks R[B] is still C), then the constructor's
   * unit is called directly with it as `this` (unit -1: a class without a
   * constructor of its own, nothing to call).
   */
  | { kind: 'construct'; unit: number; params: Repr[]; ret: Repr; callee: number }
  /**
   * A method call whose cache found a native that may run without exec
   * (Jit.hostMethods): the `callm` or `callf` import; or a `new` of Array, Map
   * or Set (Jit.hostConstructors): the `newh` import. `filled`: a `new
   * Array(n)` whose next instruction calls `.fill(v)` on it (Jit.filledArrayAt;
   * made in its mirror when it cannot escape, fresh-arrays.ts).
   */
  | { kind: 'host'; filled?: boolean }
  | { kind: 'generic' };

/** The arguments a `callm` import passes (a method call with more runs through exec). */
export const MAX_HOST_METHOD_ARGUMENTS = 3;

/**
 * Math functions compiled to one WebAssembly instruction when a call site has
 * only ever called the realm's own function and its arguments are numbers
 * (JS's Math semantics on numbers are these instructions': NaN propagates,
 * min/max order -0 before +0, floor/ceil/trunc keep -0).
 */
export const INTRINSICS = { sqrt: 1, abs: 1, floor: 1, ceil: 1, trunc: 1, min: 2, max: 2, imul: 2 } as const;
/**
 * Array.prototype methods compiled in place on an array's mirror (arrayIntrinsic)
 * when a call site has only ever called the realm's own, with the arguments they take.
 */
export const ARRAY_INTRINSICS = { push: 1, pop: 0 } as const;
export type ArrayIntrinsic = keyof typeof ARRAY_INTRINSICS;
/**
 * String.prototype methods compiled to one pure host call (no mirror is written
 * back) when a call site has only ever called the realm's own on strings.
 */
export const STRING_INTRINSICS = { charCodeAt: 1 } as const;
export type StringIntrinsic = keyof typeof STRING_INTRINSICS;
/** The builtin methods compiled in place, numbered for the `amethod` import (which asks whether their prototype still holds them). */
export const METHOD_INTRINSIC_NAMES = [...Object.keys(ARRAY_INTRINSICS), ...Object.keys(STRING_INTRINSICS)] as (ArrayIntrinsic | StringIntrinsic)[];
export type Intrinsic = keyof typeof INTRINSICS | ArrayIntrinsic | StringIntrinsic;

/** A property site compiled against one shape: the shape's id and the property's slot. */
export interface OwnSlot {
  shape: number;
  slot: number;
}

export interface CodegenInput {
  unit: number;
  /** The function with its registers split (webs.ts); pcs, sites and caches are the VM's. */
  fc: CompiledCode;
  /** Register → the VM's register (what the host's register file is indexed by). */
  origOf: Int32Array;
  splits: Split[];
  analysis: Analysis;
  params: Repr[];
  callTargets: Map<number, CallTarget>;
  /** GetNamed / SetNamed sites whose inline cache holds one own slot of one shape (no transition). */
  ownSlots: Map<number, OwnSlot>;
  /** GetNamed sites whose inline cache holds one prototype's property (a method read for `this.f(...)`). */
  protoReads: number[];
  /** Global slots read here that hold a value and that nothing writes but their declaration: imported as constants (`g<slot>`). */
  constantGlobals: number[];
  /** Of those, the ones holding a number or a boolean, with the value (compiled in typed). */
  constantValues: [number, number | boolean][];
  /**
   * CallMethod and GetNamed sites whose receiver is the object of a constant
   * global, loaded in the same block (Math in `Math.sqrt(x)`, `Math.floor`
   * before a CallThis): one object for good, so what they read is cached by
   * the method epoch alone (the host marks the object
   * JSObject.holdsCachedMethods: its property writes move the epoch).
   */
  constantReceivers: number[];
  /**
   * Constant registers holding null or undefined, with their fixed index in
   * the table of references (NULL_REF, UNDEFINED_REF): fc.registerTemplate
   * keeps only numbers and booleans.
   */
  fixedRefs: Map<number, number>;
  /**
   * The address of the unit's first method cache (one per CallMethod and per
   * GetNamed in protoReads, in pc order), or -1: none.
   */
  methodCaches: number;
  /**
   * Element reads with no feedback and property sites with an empty inline
   * cache: the VM never ran them (they come after the loop an OSR entry
   * compiled the function in, or after the profiling window). Compiled
   * generically they would call the host for good, as compiled code records
   * nothing: int-to-double's array loop read its array through the host in
   * every later version. They deopt instead (UNREACHED), once per function
   * (not in the test modes, nor in a version compiled for a compiled caller).
   */
  unreached: number[];
  maxDepth: number;
  stress: boolean;
  /** A profiler probe is installed: direct calls report enter/exit through `penter`/`pexit`. */
  probe: boolean;
  /** Return the module's text too (speedlab wasm). */
  keepText: boolean;
}

export interface CodegenOutput {
  binary: Uint8Array;
  text: string;
  guards: Guard[];
}

const SUFFIX = ['', 'i32', 'f64', 'bool', 'ref'];
/**
 * Every compiled function's first four wasm parameters, before the typed ones:
 * the OSR entry (0: a call; header pc + 1: enter at that loop header with the
 * registers the host loaded, see jit.ts), the closure (null: the unit's own
 * function), `this`, and the context (null: the closure's).
 */
export const HIDDEN_PARAMS = 4;
const OSR = 0, FN = 1, THIS = 2, CTX = 3;
/**
 * The guard reason of a loop's periodic exit-and-re-enter. V8 runs a wasm
 * function in its baseline compiler (Liftoff) until the function has run
 * enough to be optimised (TurboFan), and the optimised code is used from the
 * function's next call: an activation that stays in one long loop — an OSR
 * entry — would never leave baseline code (measured: 7x slower than node on a
 * float loop). So when fuel runs out at a back-edge of the outermost compiled
 * activation, it writes its registers back as for a deopt and the host enters
 * the function again at the same loop header (jit.ts), at a cost of a few
 * host calls per ten thousand iterations. (Not limited to the first few
 * thousand re-entries of a function: measured with a limit of 1,000, sieve
 * ran 6% slower at steady state, 3.33-3.38x the VM against 3.53-3.56x.)
 */
export const TIER_UP_REENTRY = 'tier-up re-entry';
/** Back-edges a function with loops counts in a local before it takes them from the fuel cell (see localFuel). */
const FUEL_DEBT_LIMIT = 64;
/** 1.5 * 2^52: a double of int32 range plus this holds the int32 in its low word (see int32Guess). */
const INT32_IN_LOW_WORD = 6755399441055744;
/**
 * Imports that never run host code which could write the mirrors back (and
 * empty the table of references): the register file, boxing, pure tests,
 * contexts, mirror addresses, method-cache lookups, fuel. Any other call makes deferred references
 * current before it (codegen's `call`).
 */
const KEEPS_MIRRORS = new Set(['st_i32', 'st_f64', 'st_bool', 'st_ref', 'ld_i32', 'ld_f64', 'ld_bool', 'ld_ref',
  'box_i32', 'box_f64', 'box_bool', 'unbox_i32', 'unbox_f64', 'unbox_bool', 'truthy', 'seq', 'nullish', 'isundef', 'fmod',
  'ctxof', 'pushctx', 'popctx', 'copyctx', 'ldctx', 'stctx', 'mirror', 'omirror', 'method', 'is_callee', 'isarray', 'length',
  'penter', 'pexit', 'ldglobal', 'refuel', 'refuel_loop', 'stress', 'toint32', 'agrow', 'amethod', 'pmethod', 'pcallee', 'strlen', 'charcode', 'charcode_of', 'typed_i32', 'typed_f64', 'typed_bool', 'newthis', 'iterstart', 'iterstep', 'iterelem', 'newfill']);

/**
 * The memory every compiled module imports (`env.stack`): i32 cells shared
 * with the host (fuel, call depth, the fail and boxed flags, a call count),
 * then the shadow stack of compiled calls, 8 bytes per depth (unit, call pc).
 * Cells in memory rather than imported mutable globals: V8 reaches an
 * imported global through an indirection, and the fuel tick of every call
 * and back-edge was a fifth of fib's time that way.
 */
export const FUEL_CELL = 0;
/**
 * Direct compiled-to-compiled calls since the host last added them to the
 * realm's counter: the high word of a 64-bit cell whose low word is the fuel,
 * so a call's fuel tick and count are one load, one add and one store
 * (callTick). The fuel is at least 1 whenever compiled code calls (it is
 * refuelled as soon as it reaches 0), so the low word's -1 always carries 1
 * into the count.
 */
export const CALLS_CELL = 4;
/** Set by an accessor import whose fast path failed (a guard then deopts). */
export const FAIL_CELL = 8;
/** Set by the host when a call's result did not fit the caller's type (it is in Jit.stash). */
export const BOXED_CELL = 12;
export const DEPTH_CELL = 16;
/**
 * Number-array mirrors (jit.ts, "Arrays"): bumped by the host whenever mirrors
 * are written back, so an address compiled code cached is valid while this
 * cell holds the value it read with it.
 */
export const EPOCH_CELL = 20;
/**
 * Written by the `_m` variants of the accessors that read a reference
 * (getelem_ref_m, getnamed_m): the mirror address of what they read, so the
 * read and the address of its mirror cost one host call, not two.
 */
export const MIRRORED_CELL = 24;
/**
 * Bumped by the host whenever code other than the JIT's accessors may run
 * (Jit.enterHost) and whenever an accessor writes a property of a prototype:
 * a method call site that checked its receiver's shape in this epoch finds
 * the same method for that shape without asking again (see Op.CallMethod).
 * The `method` guard writes the receiver's shape id into MIRRORED_CELL.
 */
export const METHOD_EPOCH_CELL = 28;
/**
 * Written by a compiled function's return of a generic value: 1 + the
 * value's index in the table of references when the activation knows it in
 * the current epoch, else 0 (the slot-mirror address goes to MIRRORED_CELL).
 */
export const RETURNED_INDEX_CELL = 32;
/** Set by the `iterstep` import: 1 when the iterator it stepped is done (its result is then undefined). */
export const ITERATION_DONE_CELL = 36;
/**
 * Set by the named-property accessors (getnamed*, setnamed*) whose receiver
 * has the site's cached shape and a slot mirror compiled code may write: its
 * address (exec sets -1). A register whose slot-mirror address was
 * NOT_MIRRORED_YET when it asked sets the cell to -1 before such a host call
 * and takes the address from it after (hostAccess): the object was
 * mirrored since, through another register or a callee, and the register
 * would otherwise read and write it through the host for the rest of the
 * epoch. (The accessors leave the cell alone for an object with no mirror:
 * bintrees' walks make 270,000 such calls per run.)
 */
export const RECEIVER_MIRROR_CELL = 40;
/**
 * Two words the host writes once (Jit's constructor): a shape id no object
 * has (-1) and an array length no index is below (0). With no mirror (an
 * address below 0), `hasShape` and `inMirror` load these instead, so a
 * shape or bounds check is a select, a load and a compare, with no branch
 * of its own for V8 to merge.
 */
export const NO_SHAPE_CELL = 44;
export const NO_LENGTH_CELL = 48;
export const SHADOW_STACK = 56;
/**
 * An array mirror's header: element count (i32), a dirty flag (i32), the
 * capacity in elements (i32: push appends in place below it), and whether the
 * array is a plain one (i32: an Array.prototype array without own named
 * properties, whose push and pop are Array.prototype's while it is
 * unchanged); the elements follow as f64.
 */
export const MIRROR_LENGTH = 0;
export const MIRROR_DIRTY = 4;
export const MIRROR_CAPACITY = 8;
export const MIRROR_PLAIN = 12;
export const MIRROR_ELEMENTS = 16;
/**
 * What the `omirror` import answers for an object that may get a slot mirror
 * when asked for again in this activation (mirrors.ts, OBJECT_REVISITS); -1
 * holds for the epoch. A method call whose cache missed on such a receiver
 * asks again at its next call (Op.CallMethod), and neither is passed on to a
 * callee as an address.
 */
export const NOT_MIRRORED_YET = -2;
/** An object mirror's header: shape id, the dirty flag (as above), slot count; the slots follow as f64. */
export const OBJECT_SHAPE = 0;
export const OBJECT_SLOT_COUNT = 8;
export const OBJECT_SLOTS = 16;
/**
 * The high word of a mirrored slot that holds no number (a signalling NaN: no
 * arithmetic makes one). Its low word is 1 + the value's index in the table of
 * references (`env.refs`), or 0 when it has none.
 */
export const NOT_A_NUMBER = 0x7ff40000;
/** The table of references' fixed entries (mirrors.ts): null and undefined, which no object holds. */
export const NULL_REF = 0;
export const UNDEFINED_REF = 1;
export const FIXED_REFS = 2;
/**
 * Per index of the table of references, 16 bytes at refInfoBase(maxDepth): the
 * address of the object's slot mirror, of its array mirror (-1: none) and that
 * mirror's kind, kept by the host (mirrors.ts) so compiled code that read a
 * reference from a mirror finds the referenced object's mirror without asking.
 */
export const REF_SLOT_MIRROR = 0;
export const REF_ELEMENT_MIRROR = 4;
export const REF_ELEMENT_KIND = 8;
export const REF_INFO_SIZE = 16;
/** Entries of the table of references (past it, a reference read from a mirror goes through the host). */
export const MAX_REFS = 1 << 14;
/** Where the reference information starts: after the shadow stack (its size depends on the depth limit). */
export function refInfoBase(maxDepth: number): number {
  return SHADOW_STACK + (maxDepth + 64) * 8;
}
/**
 * Method caches that outlive an activation: per CallMethod site of a unit,
 * the receiver shape its guard last passed and the method epoch it passed in
 * (two i32), after the reference information. A recursion (permute's
 * this.permute, queens' this.place) then asks the host for its methods once
 * per entry from the VM, not once per call: the host moves the method epoch
 * at every entry too (code run by the VM in between may have replaced a
 * method). A hit passes a null closure (the callee's own function, when the
 * call target is `own`). A read of a prototype's property (`this.f` before
 * `this.f(...)`) keeps the same two words, whether a CallThis has checked the
 * value it found (CACHE_CHECKED), and the value itself at the cache's index
 * in a table of externrefs (`env.cached`). A polymorphic method call
 * (polymorphicCall) keeps, per method it may call, the last receiver shape
 * (+ 1: 0 is none) the host found that method for (POLY_SHAPES), all valid
 * in the method epoch at CACHE_EPOCH.
 */
export const METHOD_CACHE_SIZE = 24;
const CACHE_SHAPE = 0, CACHE_EPOCH = 4, CACHE_CHECKED = 8;
const POLY_SHAPES = [0, 8, 12, 16, 20];
export const MAX_METHOD_CACHES = 1 << 12;
export function methodCachesBase(maxDepth: number): number {
  return refInfoBase(maxDepth) + MAX_REFS * REF_INFO_SIZE;
}
/** Whether the instruction at pc gets a method cache in memory: a CallMethod, or a GetNamed of `protoReads`. */
export function hasMethodCache(code: Int32Array, pc: number, protoReads: readonly number[], constantReceivers: readonly number[]): boolean {
  return code[pc] === Op.CallMethod || (code[pc] === Op.GetNamed && (protoReads.includes(pc) || constantReceivers.includes(pc)));
}
/** The mirror-cache kind of object slot mirrors (array mirrors use MIRROR_NUMBERS / MIRROR_BOOLEANS). */
export const MIRROR_OBJECT = 3;


/**
 * Guards whose failure means the types the code was specialised on are out of
 * date (an int32 overflowed, a value of another type arrived): the host throws
 * the version away at the first such deopt and recompiles from the widened
 * feedback when the function is hot again, as V8 does on an eager deopt.
 * Other guards (bounds, shapes, call depth) fail for one value and may pass
 * again, so they only count towards MAX_DEOPTS (jit.ts).
 */
export const TYPE_GUARD = 'type guard';
/** The guard of a typed property read whose value had another type (its value is stashed). */
export const PROPERTY_TYPE = 'property type';
export const INT32_OVERFLOW = 'int32 overflow';
/**
 * An instruction the VM never ran while the function was profiled (see
 * CodegenInput.unreached): compiled code leaves for the VM there, which
 * profiles it, and the function is compiled again with what it saw.
 */
export const UNREACHED = 'not reached while profiling';
/**
 * A builtin method compiled in place (push, pop, charCodeAt) ran in the host
 * and gave a result of another type (pop of an empty array, charCodeAt past
 * the end, a replaced method): later versions call it through the host.
 */
export const BUILTIN_METHOD_RESULT = 'builtin method result';
export const WIDENING_GUARDS = new Set<string>([
  TYPE_GUARD, INT32_OVERFLOW, PROPERTY_TYPE, UNREACHED, BUILTIN_METHOD_RESULT, 'int32 overflow or -0', 'modulo by zero', 'modulo result -0',
  'unsigned result beyond int32', 'negation gives -0 or overflows',
]);

/** Guard index of a deopt after a call whose result did not fit (the host stores the result). */
export const CALL_RESULT_GUARD = 0;

/** Compiles one unit to a validated WebAssembly module (binaryen's exceptions become Errors: asBinaryenError). */
export function generate(input: CodegenInput, optimize: boolean): CodegenOutput {
  try {
    return generateModule(input, optimize);
  } catch (e) {
    throw asBinaryenError(e);
  }
}

function generateModule(input: CodegenInput, optimize: boolean): CodegenOutput {
  const { unit, fc, analysis, params, callTargets, origOf } = input;
  const code = fc.code;
  const repr = analysis.repr;
  const ret = analysis.ret;
  const w = new WasmModule();
  const wt = (r: Repr): WasmType => (r === Repr.F64 ? w.f64 : r === Repr.Ref ? w.externref : w.i32);
  const n = fc.constantBase;
  const guards: Guard[] = [{ pc: -1, reason: 'call result type', expected: REPR_NAMES[ret], reg: -1, stashed: true }];
  const unreached = new Set(input.unreached);

  // ---- imports ----------------------------------------------------------------------
  w.addMemoryImport('stack', 'env', 'stack');
  w.addGlobalImport('undef', 'env', 'undef', w.externref, false);
  const I = w.i32, F = w.f64, X = w.externref, N = w.none;
  const imports: [string, WasmType[], WasmType][] = [
    ['refuel', [], N], ['refuel_loop', [], I], ['stress', [], I],
    ['st_i32', [I, I, I], N], ['st_f64', [I, I, F], N], ['st_bool', [I, I, I], N], ['st_ref', [I, I, X], N],
    ['ld_i32', [I, I], I], ['ld_f64', [I, I], F], ['ld_bool', [I, I], I], ['ld_ref', [I, I], X],
    ['exec', [I, I, X, X, X], X], ['cmp', [I, I, X, X, X, I, X, X], I], ['arith', [I, I, X, X, X, I, X, X], X], ['callm', [I, I, X, X, X, X, X, X, X], X], ['callf', [I, I, X, X, X, X, X, X, X, X], X], ['newh', [I, I, X, X, X, X, X, X, X], X], ['superget', [I, X, X], X], ['template', [I, I, X, X, X, X, X], X], ['typeof', [X], X], ['iterstart', [X], X], ['iterstep', [X], X], ['iterelem', [X, I], X], ['ctxof', [I, X], X],
    ['pushctx', [X, I], X], ['popctx', [X], X], ['copyctx', [X], X], ['ldctx', [X, I, I], X], ['stctx', [X, I, I, X], N],
    ['box_i32', [I], X], ['box_f64', [F], X], ['box_bool', [I], X],
    ['unbox_i32', [X], I], ['unbox_f64', [X], F], ['unbox_bool', [X], I],
    ['truthy', [X], I], ['seq', [X, X], I], ['nullish', [X], I], ['isundef', [X], I], ['fmod', [F, F], F],
    ['deopt_i32', [I, I, I, X, X, X], I], ['deopt_f64', [I, I, I, X, X, X], F], ['deopt_bool', [I, I, I, X, X, X], I], ['deopt_ref', [I, I, I, X, X, X], X],
    ['callg', [I, I], X],
    ['getelem_i32', [X, I], I], ['getelem_f64', [X, I], F], ['getelem_bool', [X, I], I], ['getelem_ref', [X, I], X], ['getelem_ref_m', [X, I, I], X],
    ['setelem_i32', [X, I, I], N], ['setelem_f64', [X, I, F], N], ['setelem_bool', [X, I, I], N], ['setelem_ref', [X, I, X], N],
    ['length', [X], I], ['isarray', [X], I], ['getnamed', [I, I, X], X], ['getnamed_m', [I, I, X, I], X], ['setnamed', [I, I, X, X], N],
    ['getnamed_i32', [I, I, X], I], ['getnamed_f64', [I, I, X], F], ['getnamed_bool', [I, I, X], I],
    ['method', [I, I, I, X], X], ['is_callee', [I, I, X], I], ['mirror', [X, I], I], ['omirror', [X], I], ['setnamed_i32', [I, I, X, I], N], ['setnamed_f64', [I, I, X, F], N], ['setnamed_bool', [I, I, X, I], N],
    ['penter', [I], N], ['pexit', [], N], ['ldglobal', [I], X],
    ['agrow', [X], I], ['newfill', [X, X, X], X], ['amethod', [I], I], ['pmethod', [I, I, I, I, X], I], ['pcallee', [I, I, I, X], I], ['newthis', [I, I, X], X], ['strlen', [X], I], ['charcode', [X, I], I], ['charcode_of', [X, X, I], I], ['typed_i32', [X], I], ['typed_f64', [X], F], ['typed_bool', [X], I],
  ];
  for (const [name, ps, r] of imports) w.addFunctionImport(name, 'env', name, ps, r);
  const wasmName = `f${unit}`;
  const calledUnits = new Set<number>();
  for (const t of callTargets.values()) {
    for (const d of t.kind === 'direct' || t.kind === 'construct' ? [t] : t.kind === 'poly' ? t.targets : []) {
      if (d.unit < 0 || calledUnits.has(d.unit)) continue;
      calledUnits.add(d.unit);
      w.addFunctionImport(`fn_${d.unit}`, 'env', `fn_${d.unit}`, [I, X, X, X, ...d.params.map(wt), I, ...d.params.map(() => I), ...d.params.map(() => I)], wt(d.ret), true);
    }
  }

  // ToInt32 of an f64 (JS semantics, not wasm's trapping truncation)
  {
    const x = () => w.local_get(0, F);
    const t = () => w.local_get(1, F);
    w.addFunction('toint32', [F], I, [F], w.block(null, [
      w.if(w.f64_lt(w.f64_abs(x()), w.f64_const(2147483648)), w.return(w.i32_trunc_f64_s(x()))),
      w.if(w.i32_or(w.f64_ne(x(), x()), w.f64_eq(w.f64_abs(x()), w.f64_const(Infinity))), w.return(w.i32_const(0))),
      w.local_set(1, w.f64_trunc(x())),
      w.local_set(1, w.f64_sub(t(), w.f64_mul(w.f64_floor(w.f64_div(t(), w.f64_const(4294967296))), w.f64_const(4294967296)))),
      w.return(w.i32_wrap_i64(w.i64_trunc_sat_f64_s(t()))),
    ], I));
  }

  // ---- locals -----------------------------------------------------------------------
  const localOf = new Int32Array(fc.registerCount).fill(-1);
  const paramTypes: WasmType[] = [I, X, X, X];
  fc.argumentRegisters.forEach((r, i) => {
    localOf[r] = HIDDEN_PARAMS + i;
    paramTypes.push(wt(params[i]));
  });
  // after the typed parameters: 1 + the address of `this`'s slot mirror when a compiled caller knows
  // it (0: not known; the host's calls leave it out, and a missing i32 argument is 0)
  const THIS_MIRROR = paramTypes.length;
  paramTypes.push(I);
  // and the same for each argument (towers' pushDisk(disk, pile) asked the host for disk's slot
  // mirror at every call, list's isShorterThan(x, y) for x's and y's)
  const ARG_MIRRORS = paramTypes.length;
  for (let i = 0; i < fc.argumentRegisters.length; i++) paramTypes.push(I);
  // and 1 + each argument's index in the table of references when the caller knows it (0: not known),
  // so a reference the caller read from a mirror can be stored into one here (towers' pushDisk(disk, pile))
  const ARG_INDICES = paramTypes.length;
  for (let i = 0; i < fc.argumentRegisters.length; i++) paramTypes.push(I);
  const localTypes: WasmType[] = [];
  let next = paramTypes.length;
  const addLocal = (t: WasmType): number => {
    localTypes.push(t);
    return next++;
  };
  for (let r = 0; r < n; r++) if (localOf[r] < 0 && repr[r] !== Repr.None) localOf[r] = addLocal(wt(repr[r]));
  const DPC = addLocal(I), WHY = addLocal(I), LABEL = addLocal(I), COND = addLocal(I);
  /**
   * Fuel ran out at a back-edge whose header cannot be entered: re-enter at the next one that can
   * (backEdge; only in functions with such a loop).
   */
  const reentryDeferred = loopsOf(code).some(([header]) => !analysis.loopHeaders.includes(header));
  const REENTER = reentryDeferred ? addLocal(I) : -1;

  /**
   * Deferred reference reads: a register a reference mirror's read wrote
   * holds only its index in the table of references (in its `pending` local:
   * 1 + the index; 0: the register's own local is current) until something
   * needs the reference itself. Many reads only lead to another mirror
   * (`this.piles[pile]`), a null check or a store of the index; V8 compiles
   * table.get to a call of a builtin (towers spent a quarter of its compiled
   * time there). A table index lives until the host writes every mirror back
   * (mirrors.ts, flushAll), so every call that may run host code makes the
   * pending references current first (call, KEEPS_MIRRORS).
   */
  const deferred = new Map<number, number>();
  /**
   * Deferred registers a property read may leave holding a number it found in
   * the slot mirror instead (their pending local is then -1, the number in
   * the local here): richards' `this.currentId = this.currentTcb.id` read the
   * number through the host as a generic value and wrote it through the host
   * (two host calls where the slots are in memory). The number is boxed only
   * when something needs the value itself; a property write takes it as it is.
   */
  const pendingNumbers = new Map<number, number>();
  /**
   * Shape checks of this block (provedShape): `register:shape` -> the local
   * with the answer, and the registers with one; their locals, by the same key.
   */
  let proved = new Map<string, number>();
  let provedRegisters = new Set<number>();
  /** Registers whose mirror a host access in this block adopts already (hostAccess). */
  const adopting = new Set<number>();
  /** `this` and the parameters, when no instruction writes them. */
  const unwrittenInputs = new Set([fc.thisRegister, ...fc.argumentRegisters].filter((r) => r >= 0));
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) unwrittenInputs.delete(writeOf(code, pc));
  const provedLocals = new Map<string, number>();
  /** The body of the block being emitted (what runs whenever the block does, unlike a branch's). */
  let blockBody: Expr[] = [];
  const current = (r: number): Expr => {
    const pending = deferred.get(r);
    if (pending === undefined) return w.local_get(localOf[r], X);
    const fromTable = w.local_set(localOf[r], w.table_get('refs', w.i32_sub(w.local_get(pending, I), w.i32_const(1))));
    const number = pendingNumbers.get(r);
    // (boxing runs no host code that could write mirrors back: no deferred reference to make current first)
    const made = number === undefined ? fromTable
      : w.if(w.i32_gt_s(w.local_get(pending, I), w.i32_const(0)), fromTable, w.local_set(localOf[r], w.call('box_f64', [w.local_get(number, F)], X)));
    return w.block(null, [
      w.if(w.local_get(pending, I), w.block(null, [made, w.local_set(pending, w.i32_const(0))])),
      w.local_get(localOf[r], X),
    ], X);
  };
  /** Register r's pending number when it has one, else the host's unboxing of its value (failing on any other value). */
  const pendingNumberOr = (r: number, want: Repr, unboxed: number, unbox: () => void): Expr => {
    const number = pendingNumbers.get(r)!;
    const pending = deferred.get(r)!;
    const isNumber = w.i32_eq(w.local_get(pending, I), w.i32_const(-1));
    if (want === Repr.F64) return w.if(isNumber, w.local_set(unboxed, w.local_get(number, F)), w.block(null, emitted(unbox)));
    // an int32: the number when it is one, else the host (which fails on a double, as the unboxing does)
    const guess = temp(Repr.I32);
    return w.block(null, [
      w.local_set(guess, int32Guess(w.local_get(number, F))),
      w.if(w.i32_and(isNumber, holdsInt32(w.local_get(number, F), w.local_get(guess, I))), w.local_set(unboxed, w.local_get(guess, I)), w.block(null, emitted(unbox))),
    ]);
  };
  /** Per instruction: the deferred registers it reads or that are live after it; the pc being emitted (-1: none). */
  const keptCurrent = new Map<number, number[]>();
  let emitting = -1;
  const makeCurrent = (): Expr[] => (keptCurrent.get(emitting) ?? []).map((r) => {
    const pending = deferred.get(r)!;
    // (a pending number does not go stale: only a pending index is made current)
    return pendingNumbers.has(r) ? w.if(w.i32_gt_s(w.local_get(pending, I), w.i32_const(0)), w.drop(current(r))) : w.drop(current(r));
  });
  /**
   * A function with loops counts its back-edges in a local (FUEL_DEBT) and
   * takes them from the fuel cell every FUEL_DEBT_LIMIT of them, at a return
   * and at the deopt exit. With the tick in memory, each iteration of a tight
   * loop waited for the previous one's store to the same cell (a loop of
   * `s = (s + i) & 1023` ran at 1.07 ns per iteration, node 0.47). The fuel
   * the host sees during a host call may lack up to FUEL_DEBT_LIMIT - 1 ticks
   * (taken later; a limit trips at most that late). A local written back from
   * the cell after every host call instead made every slow path a merge of it:
   * nbody ran 20% slower.
   */
  const localFuel = (() => {
    for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) if (isLoopBranch(code[pc] as Op)) return true;
    return false;
  })();
  const FUEL_DEBT = localFuel ? addLocal(I) : -1;
  /** The back-edges counted so far taken from the fuel cell (nothing when the function has no loops). */
  const payFuelDebt = (): Expr[] => (localFuel
    ? [setCell(FUEL_CELL, w.i32_sub(getCell(FUEL_CELL), w.local_get(FUEL_DEBT, I))), w.local_set(FUEL_DEBT, w.i32_const(0))] : []);
  /** The same at a return, refuelled when it ran out (a compiled caller's next call tick wants a fuel of at least 1, see CALLS_CELL). */
  const payFuelDebtAndReturn = (value: Expr): Expr[] => (localFuel
    ? [...payFuelDebt(), w.if(w.i32_le_s(getCell(FUEL_CELL), w.i32_const(0)), call('refuel', [], N)), w.return(value)] : [w.return(value)]);
  /** An import call; one that may run host code makes the deferred references current first. */
  const call = (name: string, args: Expr[], t: WasmType): Expr => {
    if (KEEPS_MIRRORS.has(name) || (deferred.size === 0 && proved.size === 0)) return w.call(name, args, t);
    const before = [...makeCurrent(), ...[...proved.values()].map((ok) => w.local_set(ok, w.i32_const(0)))];
    if (body === blockBody) {
      proved = new Map();
      provedRegisters = new Set();
    }
    return before.length === 0 ? w.call(name, args, t) : w.block(null, [...before, w.call(name, args, t)], t);
  };

  // ---- helpers ----------------------------------------------------------------------
  let body: Expr[] = [];
  const guard = (cond: Expr, pc: number, reason: string, expected: string, reg = -1, stressed = true): void => {
    guards.push({ pc, reason, expected, reg });
    const c = input.stress && stressed ? w.i32_or(cond, call('stress', [], I)) : cond;
    body.push(w.if(c, w.block(null, [w.local_set(DPC, w.i32_const(pc)), w.local_set(WHY, w.i32_const(guards.length - 1)), w.br('deopt')])));
  };
  const failCheck = (pc: number, reason: string, expected: string, reg = -1) => guard(getCell(FAIL_CELL), pc, reason, expected, reg);
  /**
   * After a host call that either declines before doing anything (FAIL_CELL)
   * or does what cannot be done twice (steps an iterator): leaves at pc only
   * when it declined, never forced by --deopt-stress (the VM would do the
   * work again).
   */
  const declinedCheck = (pc: number, reason: string, expected: string): void => guard(getCell(FAIL_CELL), pc, reason, expected, -1, false);
  /** After an instruction whose result the host stashed because it did not fit (see Guard.stashed). */
  const stashCheck = (pc: number, reason: string, expected: string, reg: number) => {
    guards.push({ pc, reason, expected, reg, stashed: true });
    body.push(w.if(getCell(BOXED_CELL), w.block(null, [w.local_set(DPC, w.i32_const(pc)), w.local_set(WHY, w.i32_const(guards.length - 1)), w.br('deopt')])));
  };
  const temp = (t: Repr): number => addLocal(wt(t));
  /**
   * The int32 a double holds, when it holds one: adding 1.5 * 2^52 leaves a whole number of int32 range in
   * the low word of the sum's bits (a cheaper truncation than i32.trunc_sat_f64_s, which V8 compiles to a
   * rounding, two conversions and a compare: measured on element reads, permute 4.9-5.0x -> 5.4-6.4x the
   * VM, queens 3.8x -> 3.9-4.3x). Only a guess for anything else, so callers check it with holdsInt32.
   */
  const int32Guess = (x: Expr): Expr => w.i32_wrap_i64(w.i64_reinterpret_f64(w.f64_add(x, w.f64_const(INT32_IN_LOW_WORD))));
  /** The double's bits are the int32's converted back: an int32, not -0, NaN, a fraction or beyond int32. */
  const holdsInt32 = (x: Expr, i: Expr): Expr => w.i64_eq(w.i64_reinterpret_f64(x), w.i64_reinterpret_f64(w.f64_convert_i32_s(i)));
  const frameArgs = (): Expr[] => [w.local_get(FN, X), w.local_get(THIS, X), w.local_get(CTX, X)];
  /** Flushes register r to the host's register file of this unit (what exec, callg and deopt read). */
  const flush = (r: number, pc: number): Expr => {
    const t = reprOf(r) === Repr.None ? Repr.Ref : reprOf(r);
    return call(`st_${SUFFIX[t]}`, [w.i32_const(unit), w.i32_const(origOf[r]), val(r, t, pc)], N);
  };
  /**
   * The instruction at pc run by the VM's own implementation (the `exec`
   * import): its operands flushed, its result (if it writes one) stored back.
   * It may call, throw, or run any amount of code; nothing here is assumed.
   */
  const exec = (pc: number): void => {
    for (const r of readsOf(code, pc)) if (r < n) body.push(flush(r, pc));
    const e = call('exec', [w.i32_const(unit), w.i32_const(pc), ...frameArgs()], X);
    const out = writeOf(code, pc);
    if (out >= 0 && out < n && repr[out] !== Repr.None) store(out, e, Repr.Ref);
    else body.push(w.drop(e));
  };

  /** Constants and globals already imported (a global slot g as -1 - g). */
  const constantGlobals = new Set<number>();
  /** Register r's value in representation `want`, guarded where that is an assumption. */
  const val = (r: number, want: Repr, pc: number): Expr => {
    if (r >= n) {
      const v = fc.registerTemplate[r];
      const have = reprOfValue(v);
      if (want === Repr.I32 && have === Repr.I32) return w.i32_const(v as number);
      if (want === Repr.F64 && typeof v === 'number') return w.f64_const(v);
      if (want === Repr.Bool && have === Repr.Bool) return w.i32_const(v ? 1 : 0);
      if (want === Repr.Ref) {
        // an imported immutable global (the host passes every constant as `k<register>`, see jit.ts)
        if (!constantGlobals.has(r)) {
          constantGlobals.add(r);
          w.addGlobalImport(`k${r}`, 'env', `k${r}`, X, false);
        }
        return w.global_get(`k${r}`, X);
      }
      throw new Ineligible(pc, `constant ${String(v)} used as ${REPR_NAMES[want]}`);
    }
    const have = repr[r];
    if (have === Repr.None) throw new Ineligible(pc, `register r${r} is never written`);
    const get = () => (have === Repr.Ref ? current(r) : w.local_get(localOf[r], wt(have)));
    if (have === want) return get();
    if (have === Repr.I32 && want === Repr.F64) return w.f64_convert_i32_s(get());
    if (want === Repr.Ref) return call(`box_${SUFFIX[have]}`, [get()], X);
    if (have === Repr.Ref) {
      const t = temp(want);
      const unbox = () => {
        body.push(w.local_set(t, call(`unbox_${SUFFIX[want]}`, [get()], wt(want))));
        failCheck(pc, TYPE_GUARD, REPR_NAMES[want], r);
      };
      if (pendingNumbers.has(r) && (want === Repr.F64 || want === Repr.I32)) body.push(pendingNumberOr(r, want, t, unbox));
      else unbox();
      return w.local_get(t, wt(want));
    }
    if (have === Repr.F64 && want === Repr.I32) {
      const tf = temp(Repr.F64);
      const ti = temp(Repr.I32);
      body.push(w.local_set(tf, get()));
      // (truncated, not int32Guess: sieve's double loop counter, used as an index, ran 10% slower so; the
      // element and slot reads below run faster with the guess)
      body.push(w.local_set(ti, w.i32_trunc_sat_f64_s(w.local_get(tf, F))));
      // (a sign test through 1 / x here also rejected every negative number, not just -0)
      guard(w.i32_eqz(holdsInt32(w.local_get(tf, F), w.local_get(ti, I))), pc, TYPE_GUARD, 'int32', r);
      return w.local_get(ti, I);
    }
    throw new Ineligible(pc, `${REPR_NAMES[have]} register used as ${REPR_NAMES[want]}`);
  };
  const reprOf = (r: number): Repr => (r >= n ? reprOfValue(fc.registerTemplate[r]) : repr[r]);
  /** How an arithmetic operand is used: its number representation (Ref: not a number). */
  const numRepr = (r: number, bits: number): Repr => {
    const t = reprOf(r);
    if (t === Repr.I32 || t === Repr.F64) return t;
    if (r >= n) return Repr.Ref; // a constant that is not a number
    if (t === Repr.Bool || !numericOrNone(bits)) return Repr.Ref;
    const f = fromFeedback(bits);
    return f === Repr.None ? Repr.F64 : f;
  };
  const store = (dst: number, e: Expr, have: Repr): void => {
    const want = repr[dst];
    const l = localOf[dst];
    // a new value: the array mirror this register's cache points to is not its own any more
    const caches = mirrorCaches.get(dst);
    if (caches !== undefined) for (const c of caches.values()) body.push(w.local_set(c.epoch, w.i32_const(0)));
    const indexed = indexCaches.get(dst);
    if (indexed !== undefined) body.push(w.local_set(indexed.epoch, w.i32_const(0)));
    const length = stringLengths.get(dst);
    if (length !== undefined) body.push(w.local_set(length, w.i32_const(0)));
    const pending = deferred.get(dst);
    if (pending !== undefined) body.push(w.local_set(pending, w.i32_const(0)));
    if (provedRegisters.has(dst)) for (const key of proved.keys()) if (key.startsWith(`${dst}:`)) proved.delete(key);
    if (have === want) body.push(w.local_set(l, e));
    else if (have === Repr.I32 && want === Repr.F64) body.push(w.local_set(l, w.f64_convert_i32_s(e)));
    else if (want === Repr.Ref) body.push(w.local_set(l, call(`box_${SUFFIX[have]}`, [e], X)));
    else throw new Ineligible(-1, `cannot store ${REPR_NAMES[have]} in ${REPR_NAMES[want]} register r${dst}`);
  };
  const toInt32 = (r: number, bits: number, pc: number): Expr => {
    const t = numRepr(r, bits);
    if (t === Repr.Ref) throw new Ineligible(pc, 'bitwise operator on non-numbers');
    const e = val(r, t, pc);
    return t === Repr.I32 ? e : call('toint32', [e], I);
  };
  const truthy = (r: number, pc: number): Expr => {
    const t = reprOf(r);
    if (t === Repr.I32 || t === Repr.Bool) return w.i32_ne(val(r, t, pc), w.i32_const(0));
    if (t === Repr.F64) {
      const tf = temp(Repr.F64);
      body.push(w.local_set(tf, val(r, t, pc)));
      return w.i32_and(w.f64_ne(w.local_get(tf, F), w.f64_const(0)), w.f64_eq(w.local_get(tf, F), w.local_get(tf, F)));
    }
    return call('truthy', [val(r, Repr.Ref, pc)], I);
  };
  /** A comparison of R[a] and R[b] as an i32 0/1; `op` is one of Lt Gt Le Ge Eq Ne StrictEq StrictNe. */
  const nullCompares = new Map(analysis.nullCompares);
  const compare = (op: Op, a: number, b: number, site: number, pc: number): Expr => {
    const [lb, rb] = site >= 0 ? feedbackBytes(fc.feedback[site]) : [0, 0];
    const ta = reprOf(a), tb = reprOf(b);
    const equality = op === Op.Eq || op === Op.Ne || op === Op.StrictEq || op === Op.StrictNe;
    const negate = op === Op.Ne || op === Op.StrictNe;
    const withNull = nullCompares.get(pc);
    if (withNull !== undefined) {
      // `x === null`: JS null is the null externref (analysis.ts); a number or boolean is not null
      const t = reprOf(withNull);
      const pending = deferred.get(withNull);
      // (a deferred reference is null when its pending index is null's)
      const e = pending !== undefined ? w.if(w.local_get(pending, I), w.i32_eq(w.local_get(pending, I), w.i32_const(NULL_REF + 1)), w.ref_is_null(w.local_get(localOf[withNull], X)))
        : t === Repr.Ref || t === Repr.None ? w.ref_is_null(val(withNull, Repr.Ref, pc)) : w.i32_const(0);
      return negate ? w.i32_eqz(e) : e;
    }
    if (equality && ta === Repr.Bool && tb === Repr.Bool) {
      const e = w.i32_eq(val(a, Repr.Bool, pc), val(b, Repr.Bool, pc));
      return negate ? w.i32_eqz(e) : e;
    }
    const na = numRepr(a, lb), nb = numRepr(b, rb);
    if (na !== Repr.Ref && nb !== Repr.Ref) {
      if (na === Repr.I32 && nb === Repr.I32) {
        const x = val(a, Repr.I32, pc), y = val(b, Repr.I32, pc);
        switch (op) {
          case Op.Lt: return w.i32_lt_s(x, y);
          case Op.Gt: return w.i32_gt_s(x, y);
          case Op.Le: return w.i32_le_s(x, y);
          case Op.Ge: return w.i32_ge_s(x, y);
          default: return negate ? w.i32_ne(x, y) : w.i32_eq(x, y);
        }
      }
      const x = val(a, Repr.F64, pc), y = val(b, Repr.F64, pc);
      switch (op) {
        case Op.Lt: return w.f64_lt(x, y);
        case Op.Gt: return w.f64_gt(x, y);
        case Op.Le: return w.f64_le(x, y);
        case Op.Ge: return w.f64_ge(x, y);
        default: return negate ? w.f64_ne(x, y) : w.f64_eq(x, y);
      }
    }
    if (op === Op.StrictEq || op === Op.StrictNe) {
      const e = call('seq', [val(a, Repr.Ref, pc), val(b, Repr.Ref, pc)], I);
      return negate ? w.i32_eqz(e) : e;
    }
    // the general comparison (strings, conversions that may run user code) in the host
    return call('cmp', [w.i32_const(unit), w.i32_const(pc), ...frameArgs(), w.i32_const(op), val(a, Repr.Ref, pc), val(b, Repr.Ref, pc)], I);
  };
  /**
   * A = B op C with an operand held as a generic value, in the host (`arith`:
   * no mirror is written back unless an operand is an object, whose valueOf or
   * toString may run). Before, such arithmetic ran through exec, which wrote
   * every mirror back even for a string concatenation.
   */
  const genericArithmetic = (pc: number, op: Op, A: number, B: number, C: number): void => {
    const t = temp(Repr.Ref);
    body.push(w.local_set(t, call('arith', [w.i32_const(unit), w.i32_const(pc), ...frameArgs(), w.i32_const(op), val(B, Repr.Ref, pc), val(C, Repr.Ref, pc)], X)));
    store(A, w.local_get(t, X), Repr.Ref);
  };
  /**
   * A = B.name(args) of a native the site's cache found (CallTarget 'host'):
   * the `callm` import with the receiver and the arguments, which calls the
   * native at once when no user code can run (Jit.callMethod) and otherwise
   * as exec would, but without flushing the operands first.
   */
  const hostMethodCall = (pc: number, A: number, receiver: number, method = -1): void => {
    const f = method < 0 ? [] : [val(method, Repr.Ref, pc)];
    const t = temp(Repr.Ref);
    body.push(w.local_set(t, call(method < 0 ? 'callm' : 'callf', [w.i32_const(unit), w.i32_const(pc), ...frameArgs(), ...f, val(receiver, Repr.Ref, pc), ...hostArguments(pc)], X)));
    store(A, w.local_get(t, X), Repr.Ref);
  };
  /** A call's arguments as generic values, padded with undefined to MAX_HOST_METHOD_ARGUMENTS (callm, callf, newh). */
  const hostArguments = (pc: number): Expr[] => {
    const args = argumentsOf(code, pc).map((r) => val(r, Repr.Ref, pc));
    while (args.length < MAX_HOST_METHOD_ARGUMENTS) args.push(w.global_get('undef', X));
    return args;
  };
  /** The string 'number' or 'boolean' (an imported constant, `typeof_number` / `typeof_boolean`). */
  const typeName = (name: 'number' | 'boolean'): Expr => {
    if (!importedTypeNames.has(name)) w.addGlobalImport(`typeof_${name}`, 'env', `typeof_${name}`, X, false);
    importedTypeNames.add(name);
    return w.global_get(`typeof_${name}`, X);
  };
  const importedTypeNames = new Set<string>();
  /**
   * ForOfStart and IterStart: the pair A, A + 1 := the array and index 0, or
   * the iterator of a string, a Map or a Set (`iterstart`, no user code can
   * run) and -1; anything else deopts, and the VM iterates it or throws.
   */
  const iterationStart = (pc: number, A: number, B: number): void => {
    const v = temp(Repr.Ref);
    body.push(w.local_set(v, val(B, Repr.Ref, pc)));
    const array = emitted(() => {
      store(A, w.local_get(v, X), Repr.Ref);
      store(A + 1, w.i32_const(0), Repr.I32);
    });
    const iterator = emitted(() => {
      const it = temp(Repr.Ref);
      body.push(w.local_set(it, call('iterstart', [w.local_get(v, X)], X)));
      guard(w.ref_is_null(w.local_get(it, X)), pc, 'iteration', 'an array, a string, a Map or a Set', B);
      store(A, w.local_get(it, X), Repr.Ref);
      store(A + 1, w.i32_const(-1), Repr.I32);
    });
    body.push(w.if(call('isarray', [w.local_get(v, X)], I), w.block(null, array), w.block(null, iterator)));
  };
  /** The fuel and depth counters live in the shared memory (see FUEL_CELL): a load or store, no indirection. */
  const getCell = (address: number): Expr => w.i32_load(address, w.i32_const(0));
  const setCell = (address: number, value: Expr): Expr => w.i32_store(address, w.i32_const(0), value);
  /** A call's fuel tick and count (CALLS_CELL): fuel - 1 and calls + 1 in one 64-bit add, refuelled at 0. */
  const callTick = (): Expr[] => {
    const ticked = addLocal(w.i64);
    return [
      w.i64_store(FUEL_CELL, w.i32_const(0), w.local_tee(ticked, w.i64_add(w.i64_load(FUEL_CELL, w.i32_const(0)), w.i64_const(-1, 0)), w.i64)),
      w.if(w.i32_le_s(w.i32_wrap_i64(w.local_get(ticked, w.i64)), w.i32_const(0)), call('refuel', [], N)),
    ];
  };

  // ---- instructions -----------------------------------------------------------------
  // ---- number-array mirrors (jit.ts, "Arrays") ------------------------------------------
  const mirrorKind = (pc: number): number => mirrorKindAt(code, pc, repr, fc.feedback, n);
  /** The Array.prototype method a call at pc was compiled against (push, pop), if any. */
  const arrayIntrinsicAt = (pc: number): ArrayIntrinsic | undefined => {
    const t = callTargets.get(pc);
    return (code[pc] === Op.CallMethod || code[pc] === Op.CallThis) && t !== undefined && t.kind === 'intrinsic' && t.name in ARRAY_INTRINSICS
      ? t.name as ArrayIntrinsic : undefined;
  };
  /** The mirror a push or pop at pc works on (0: not one, or through the host). */
  const arrayIntrinsicKindAt = (pc: number): number => arrayIntrinsicKind(code, pc, arrayIntrinsicAt, repr, fc.feedback, n);
  /**
   * The method reads of push and pop compiled as CallThis (arrayMethodRead),
   * by GetNamed pc: the call, and a local saying the read found the builtin.
   */
  const arrayMethodReads = new Map<number, { call: number; builtin: number }>();
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    if (code[pc] === Op.CallThis && arrayIntrinsicKindAt(pc) !== 0) arrayMethodReads.set(arrayMethodRead(code, pc), { call: pc, builtin: addLocal(I) });
  }
  /**
   * Registers written by a read from a mirror that yields the value's index in
   * the table of references (a reference element, a reference slot, a for-of
   * step): a slot write of such a value stores the index (below).
   */
  const indexedRegisters = new Set<number>();
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    const op = code[pc] as Op;
    const fromTable = (op === Op.GetElem && mirrorKind(pc) === MIRROR_REFERENCES) || op === Op.ForOfNext
      || (referenceMirrored(code, pc, repr, n) && input.ownSlots.has(pc));
    if (fromTable && code[pc + 1] < n) indexedRegisters.add(code[pc + 1]);
    // (a compiled callee's result may come with its index: RETURNED_INDEX_CELL)
    const k = callTargets.get(pc)?.kind;
    if ((k === 'direct' || k === 'self') && code[pc + 1] < n) indexedRegisters.add(code[pc + 1]);
  }
  // (and a parameter may come with one from a compiled caller: ARG_INDICES)
  for (const r of fc.argumentRegisters) indexedRegisters.add(r);
  /** The index a constant register's value has for good in the table of references (null, undefined), or -1. */
  const fixedIndex = (r: number): number => input.fixedRefs.get(r) ?? -1;
  /** A value whose index compiled code may know: null, undefined, or a register of indexedRegisters. */
  const indexedValue = (v: number): boolean => (v < n ? repr[v] === Repr.Ref && indexedRegisters.has(v) : fixedIndex(v) >= 0);
  /**
   * A SetNamed of such a value: compiled against an own slot, it stores 1 +
   * the index into the object's slot mirror with no host call when the index
   * is known at run time (towers' `disk.next = top` and `top.next = null`, two
   * host calls per move).
   */
  const indexedReferenceWrite = (pc: number): boolean => code[pc] === Op.SetNamed && code[pc + 1] < n && indexedValue(code[pc + 3]);
  /**
   * The same for an element write into an array with a reference mirror
   * (towers' `this.piles[pile] = top.next`): 1 + the index into the element's
   * low word, 1 into its high word (written by compiled code, mirrors.ts).
   */
  const indexedElementWrite = (pc: number): boolean => {
    if (code[pc] !== Op.SetElem || code[pc + 1] >= n || !indexedValue(code[pc + 3])) return false;
    const site = siteOf(code, pc);
    return numRepr(code[pc + 2], site >= 0 ? feedbackBytes(fc.feedback[site])[1] : 0) !== Repr.Ref;
  };
  /** Registers handed to a compiled callee as arguments (their slot-mirror addresses and indices go with them). */
  const directArguments = new Set<number>();
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    const k = callTargets.get(pc)?.kind;
    if (k === 'direct' || k === 'self') for (const r of argumentsOf(code, pc)) directArguments.add(r);
  }
  /** Per register such a write stores: locals holding its value's index (-1: none) and the epoch it was read in. */
  const indexCaches = new Map<number, { index: number; epoch: number }>();
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    const v = code[pc + 3];
    if ((indexedReferenceWrite(pc) || indexedElementWrite(pc)) && v < n && !indexCaches.has(v)) indexCaches.set(v, { index: addLocal(I), epoch: addLocal(I) });
  }
  // and for what is handed on to a compiled callee or returned, when it may have one
  const handedOn = (r: number): void => {
    if (r < n && repr[r] === Repr.Ref && indexedRegisters.has(r) && !indexCaches.has(r)) indexCaches.set(r, { index: addLocal(I), epoch: addLocal(I) });
  };
  directArguments.forEach(handedOn);
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) if (code[pc] === Op.Return) handedOn(code[pc + 1]);
  /** Whether the index of register (or constant) v is known here, and the word that stores it (1 + the index). */
  const knownIndex = (v: number): { known: Expr; word: Expr } => {
    const c = indexCaches.get(v);
    if (c === undefined) return { known: w.i32_const(1), word: w.i32_const(fixedIndex(v) + 1) };
    return {
      known: w.i32_and(w.i32_eq(w.local_get(c.epoch, I), getCell(EPOCH_CELL)), w.i32_ge_s(w.local_get(c.index, I), w.i32_const(0))),
      word: w.i32_add(w.local_get(c.index, I), w.i32_const(1)),
    };
  };
  /** After a read from a mirror into r (fast: through `index`): r's index, valid in the current epoch. */
  const noteIndex = (r: number, index: number, fast: number): void => {
    const c = indexCaches.get(r);
    if (c === undefined) return;
    body.push(w.local_set(c.index, w.select(w.local_get(fast, I), w.local_get(index, I), w.i32_const(-1))), w.local_set(c.epoch, getCell(EPOCH_CELL)));
  };
  /** The shape and slot a typed GetNamed / SetNamed reads or writes in an object's slot mirror (undefined: none). */
  const objectSlotAt = (pc: number): OwnSlot | undefined =>
    (objectMirrored(code, pc, repr, n) || referenceMirrored(code, pc, repr, n) || indexedReferenceWrite(pc) ? input.ownSlots.get(pc) : undefined);
  /**
   * A method call compiled against its callee (CallMethod), or a read of a
   * prototype's property (`this.f` before `this.f(...)`), whose receiver is not
   * a constant global's object: cached by the receiver's shape.
   */
  const cachedReceiverAt = (pc: number): boolean => {
    if (input.constantReceivers.includes(pc) || code[pc + 2] >= n) return false;
    if (code[pc] === Op.CallMethod) {
      const kind = callTargets.get(pc)?.kind ?? 'generic';
      return kind !== 'generic' && kind !== 'host';
    }
    return code[pc] === Op.GetNamed && input.protoReads.includes(pc) && repr[code[pc + 1]] === Repr.Ref;
  };
  /** The table of references (mirrors.ts), imported by the first reference read from a mirror. */
  let refsImported = false;
  const importRefs = (): void => {
    if (!refsImported) w.addExternrefTableImport('refs', 'env', 'refs');
    refsImported = true;
  };
  const refInfo = refInfoBase(input.maxDepth);
  /** Per array register and mirror kind: locals caching the mirror's address and the epoch it was read in. */
  const mirrorCaches = new Map<number, Map<number, { addr: number; epoch: number }>>();
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    // (and the receivers of cached method calls and prototype reads: the shape their caches compare
    // is in the slot mirror's header)
    // (and the arrays for-of steps through: read as references)
    const kind = code[pc] === Op.ForOfNext || indexedElementWrite(pc) ? MIRROR_REFERENCES
      : mirrorKind(pc) || arrayIntrinsicKindAt(pc) || (objectSlotAt(pc) !== undefined || cachedReceiverAt(pc) ? MIRROR_OBJECT : 0);
    if (kind === 0) continue;
    const r = arrayIntrinsicKindAt(pc) !== 0 ? receiverOf(code, pc)
      : code[pc] === Op.GetElem || code[pc] === Op.GetNamed || code[pc] === Op.CallMethod || code[pc] === Op.ForOfNext ? code[pc + 2] : code[pc + 1];
    let byKind = mirrorCaches.get(r);
    if (byKind === undefined) mirrorCaches.set(r, (byKind = new Map()));
    if (!byKind.has(kind)) byKind.set(kind, { addr: addLocal(I), epoch: addLocal(I) });
  }
  // a direct call's result handed to another direct call as an argument (towers' this.pushDisk(
  // this.popDiskFrom(from), to)): the callee's return leaves its slot-mirror address in MIRRORED_CELL
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    const k = callTargets.get(pc)?.kind;
    const r = writeOf(code, pc);
    if ((k !== 'direct' && k !== 'self') || r < 0 || !directArguments.has(r) || repr[r] !== Repr.Ref) continue;
    let byKind = mirrorCaches.get(r);
    if (byKind === undefined) mirrorCaches.set(r, (byKind = new Map()));
    if (!byKind.has(MIRROR_OBJECT)) byKind.set(MIRROR_OBJECT, { addr: addLocal(I), epoch: addLocal(I) });
  }
  // a register moved into one with a cache gets the same, and the move hands the address over
  // (`for (const ball of balls) ball.bounce()` moves the element ForOfNext read into `ball`: bounce
  // asked the host for each ball's slot mirror at every step)
  for (let changed = true; changed; ) {
    changed = false;
    for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
      if (code[pc] !== Op.Move) continue;
      const to = mirrorCaches.get(code[pc + 1]);
      const src = code[pc + 2];
      if (to === undefined || src >= n || repr[src] !== Repr.Ref) continue;
      let from = mirrorCaches.get(src);
      if (from === undefined) mirrorCaches.set(src, (from = new Map()));
      for (const kind of to.keys()) {
        if (from.has(kind)) continue;
        from.set(kind, { addr: addLocal(I), epoch: addLocal(I) });
        changed = true;
      }
    }
  }
  /** `new Array(n).fill(v)` that never leaves this function (fresh-arrays.ts), by the pc of the `new`; and their fills. */
  const fresh = analysis.fresh;
  const freshFills = new Set([...fresh.values()].map((made) => made.fillPc));
  /**
   * Where a fresh array's register dies, nothing can see the array any more:
   * its mirror is marked clean there, and the host drops it without making
   * its elements (sieve's `return [count, sum]` is an exec, which writes
   * every mirror back). Only a mirror this activation holds in the current
   * epoch: one written back since was made into elements then, and its place
   * may be another's. At the start of every block where the register is dead
   * (an earlier iteration's array, or the loop it was used in is over) and
   * after its last read in a block.
   */
  const dropFreshMirror = (r: number): void => {
    for (const [kind, c] of mirrorCaches.get(r) ?? []) {
      if (kind !== MIRROR_NUMBERS && kind !== MIRROR_BOOLEANS) continue;
      body.push(w.if(w.i32_and(w.i32_eq(w.local_get(c.epoch, I), getCell(EPOCH_CELL)), w.i32_ge_s(w.local_get(c.addr, I), w.i32_const(0))),
        w.i32_store(MIRROR_DIRTY, w.local_get(c.addr, I), w.i32_const(0))));
    }
  };
  /** Per pc: the fresh-array registers its instruction reads for the last time. */
  const freshDeaths = new Map<number, number[]>();
  analysis.blocks.forEach((b, bi) => {
    for (const { array } of fresh.values()) {
      let live = analysis.liveOut[bi][array] === 1;
      const pcs: number[] = [];
      for (let pc = b.start; pc < b.end; pc += instructionSize(code, pc)) pcs.push(pc);
      for (let k = pcs.length - 1; k >= 0; k--) {
        const reads = readsOf(code, pcs[k]).includes(array);
        if (reads && !live) freshDeaths.set(pcs[k], [...(freshDeaths.get(pcs[k]) ?? []), array]);
        if (writeOf(code, pcs[k]) === array) live = false;
        if (reads) live = true;
      }
    }
  });
  /**
   * Registers whose length a GetLength reads from the host (no array mirror):
   * a local holding 1 + the length when the value is a string (immutable, so
   * good until the register is written; 0: not known). json's scanners and
   * strings' hashString asked the host for `s.length` at every iteration.
   */
  const stringLengths = new Map<number, number>();
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    const r = code[pc + 2];
    if (code[pc] !== Op.GetLength || r >= n || stringLengths.has(r)) continue;
    const caches = mirrorCaches.get(r);
    if (caches === undefined || [...caches.keys()].every((k) => k === MIRROR_OBJECT)) stringLengths.set(r, addLocal(I));
  }
  // the registers reference reads from mirrors write: deferred (see `deferred`)
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    const op = code[pc];
    const A = code[pc + 1];
    if (A >= n || repr[A] !== Repr.Ref || deferred.has(A)) continue;
    if ((op === Op.GetElem && mirrorKind(pc) === MIRROR_REFERENCES) || (op === Op.GetNamed && objectSlotAt(pc) !== undefined) || op === Op.ForOfNext) {
      deferred.set(A, addLocal(I));
      importRefs();
    }
  }
  // of those, the ones a property read writes that are not used through a mirror (pendingNumbers)
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    const A = code[pc + 1];
    if (code[pc] === Op.GetNamed && deferred.has(A) && !pendingNumbers.has(A) && objectSlotAt(pc) !== undefined && !mirrorCaches.has(A)) pendingNumbers.set(A, addLocal(F));
  }
  // what each instruction's host calls make current: dead ones may stay pending (a table index gone stale
  // by then is never read: the deopt exit writes it to a register the VM does not read before writing)
  if (deferred.size > 0) {
    analysis.blocks.forEach((b, bi) => {
      const live = new Set<number>();
      for (const r of deferred.keys()) if (analysis.liveOut[bi][r]) live.add(r);
      const pcs: number[] = [];
      for (let pc = b.start; pc < b.end; pc += instructionSize(code, pc)) pcs.push(pc);
      for (let k = pcs.length - 1; k >= 0; k--) {
        const pc = pcs[k];
        const reads = readsOf(code, pc).filter((r) => deferred.has(r));
        keptCurrent.set(pc, [...new Set([...live, ...reads])]);
        live.delete(writeOf(code, pc));
        for (const r of reads) live.add(r);
      }
    });
  }
  /**
   * The address of register r's array mirror of `kind` (-1: the array has
   * none), asked of the host only when the epoch moved or r changed since.
   */
  const mirrorAddress = (r: number, kind: number, pc: number): number => {
    const c = mirrorCaches.get(r)!.get(kind)!;
    const asked = kind === MIRROR_REFERENCES && analysis.reusedReads.has(pc) ? kind | MIRROR_AT_ONCE : kind;
    const ask = kind === MIRROR_OBJECT ? call('omirror', [val(r, Repr.Ref, pc)], I) : call('mirror', [val(r, Repr.Ref, pc), w.i32_const(asked)], I);
    body.push(w.if(w.i32_ne(w.local_get(c.epoch, I), getCell(EPOCH_CELL)), w.block(null, [
      w.local_set(c.addr, ask),
      w.local_set(c.epoch, getCell(EPOCH_CELL)),
    ])));
    return c.addr;
  };
  /**
   * A reference read into register r (an element, a property) when r's value
   * is used through a mirror here: the mirror kind the `_m` accessor should
   * ask for with it (the object's slot mirror first), or 0.
   */
  const mirrorWantedFor = (r: number): number => {
    const caches = mirrorCaches.get(r);
    if (caches === undefined) return 0;
    return caches.has(MIRROR_OBJECT) ? MIRROR_OBJECT : caches.keys().next().value as number;
  };
  /** After the `_m` read stored r: its mirror address is in MIRRORED_CELL, valid in the current epoch. */
  const cacheMirrored = (r: number, kind: number): void => {
    const c = mirrorCaches.get(r)!.get(kind)!;
    body.push(w.local_set(c.addr, getCell(MIRRORED_CELL)), w.local_set(c.epoch, getCell(EPOCH_CELL)));
  };
  /** The array has a mirror (addr >= 0) and it holds index k (the length is loaded only when there is one). */
  const inMirror = (addr: number, k: number): Expr =>
    w.i32_lt_u(w.local_get(k, I), w.i32_load(MIRROR_LENGTH, orCell(addr, NO_LENGTH_CELL - MIRROR_LENGTH)));
  /** The mirror address in `addr`, or `cell` when it is below 0 (no mirror). */
  const orCell = (addr: number, cell: number): Expr =>
    w.select(w.i32_ge_s(w.local_get(addr, I), w.i32_const(0)), w.local_get(addr, I), w.i32_const(cell));
  const elementAddress = (addr: number, k: number): Expr => w.i32_add(w.local_get(addr, I), w.i32_shl(w.local_get(k, I), w.i32_const(3)));
  /** The object mirror at `addr` exists and has the compiled shape. */
  const hasShape = (addr: number, shape: number): Expr =>
    w.i32_eq(w.i32_load(OBJECT_SHAPE, orCell(addr, NO_SHAPE_CELL - OBJECT_SHAPE)), w.i32_const(shape));
  /**
   * Register r's slot mirror in the current epoch has `shape`: the address
   * (mirrorAddress) and a local holding the answer. Asked once per block:
   * a later access to r in the same block tests that local (nbody's
   * `bi.vx -= dx * bj.mass * mag` and its eleven neighbours checked the
   * epoch and the shape of bi and bj at every access). The answer holds
   * until r is written (store forgets it) or host code may run (`call`
   * clears the locals before any such call, and forgets them in the block's
   * own code; after a call in a slow path, the next access finds 0 and asks
   * again).
   */
  const provedShape = (r: number, shape: number, pc: number): { addr: number; ok: number } => {
    const key = `${r}:${shape}`;
    const known = proved.get(key);
    if (known !== undefined) {
      // (0 after host code ran in a slow path since: asked again)
      const again = emitted(() => body.push(w.local_set(known, hasShape(mirrorAddress(r, MIRROR_OBJECT, pc), shape))));
      body.push(w.if(w.i32_eqz(w.local_get(known, I)), w.block(null, again)));
      return { addr: mirrorCaches.get(r)!.get(MIRROR_OBJECT)!.addr, ok: known };
    }
    const addr = mirrorAddress(r, MIRROR_OBJECT, pc);
    let ok = provedLocals.get(key);
    if (ok === undefined) provedLocals.set(key, (ok = addLocal(I)));
    body.push(w.local_set(ok, hasShape(addr, shape)));
    if (body === blockBody) {
      proved.set(key, ok);
      provedRegisters.add(r);
    }
    return { addr, ok };
  };
  /**
   * `word` is 1 + an index in the table of references (0: none): `index` :=
   * the index, and when there is one, `result` := the reference and `fast` := 1.
   */
  const referenceAt = (word: Expr, index: number, result: number, fast: number, defer: boolean): Expr[] => {
    importRefs();
    return [
      w.local_set(index, w.i32_sub(word, w.i32_const(1))),
      w.if(w.i32_ge_s(w.local_get(index, I), w.i32_const(0)), w.block(null, [
        ...(defer ? [] : [w.local_set(result, w.table_get('refs', w.local_get(index, I)))]),
        w.local_set(fast, w.i32_const(1)),
      ])),
    ];
  };
  /**
   * After a reference read into A (fast: from a mirror, its index in `index`;
   * else `result` from the host): a deferred register keeps the index pending.
   */
  const storeReference = (A: number, result: number, index: number, fast: number, number = -1): void => {
    const pending = deferred.get(A);
    store(A, w.local_get(result, X), Repr.Ref);
    if (pending === undefined) return;
    // (on the fast path the local got a stale value: nothing reads it while the index is pending)
    const notIndexed = number < 0 ? w.i32_const(0) : w.i32_sub(w.i32_const(0), w.local_get(number, I));
    body.push(w.local_set(pending, w.select(w.local_get(fast, I), w.i32_add(w.local_get(index, I), w.i32_const(1)), notIndexed)));
  };
  /**
   * After a reference read into r from a mirror (fast: through `index`) or
   * through an `_m` accessor: the address of its mirror of kind `wanted`,
   * from the reference information (when it has one of that kind) or from
   * MIRRORED_CELL.
   */
  const referencedMirror = (r: number, wanted: number, index: number, fast: number): void => {
    const c = mirrorCaches.get(r)!.get(wanted)!;
    const info = (field: number): Expr => w.i32_load(refInfo + field, w.i32_mul(w.local_get(index, I), w.i32_const(REF_INFO_SIZE)));
    const found = temp(Repr.I32);
    const known = wanted === MIRROR_OBJECT
      ? w.i32_ge_s(w.local_get(found, I), w.i32_const(0))
      : w.i32_and(w.i32_ge_s(w.local_get(found, I), w.i32_const(0)), w.i32_eq(info(REF_ELEMENT_KIND), w.i32_const(wanted)));
    body.push(w.if(w.local_get(fast, I),
      w.block(null, [
        w.local_set(found, info(wanted === MIRROR_OBJECT ? REF_SLOT_MIRROR : REF_ELEMENT_MIRROR)),
        w.if(known, w.block(null, [w.local_set(c.addr, w.local_get(found, I)), w.local_set(c.epoch, getCell(EPOCH_CELL))])),
      ]),
      w.block(null, [w.local_set(c.addr, getCell(MIRRORED_CELL)), w.local_set(c.epoch, getCell(EPOCH_CELL))])));
  };
  /**
   * A named-property accessor run in the host on register r's object
   * (`emitAccess`): when r's slot-mirror address is still NOT_MIRRORED_YET
   * in the current epoch and the host found the object mirrored
   * (RECEIVER_MIRROR_CELL, set to -1 before the call), r takes that address.
   * richards' scheduler asked once, was not mirrored yet, was mirrored by a
   * callee's request right after, and its loop read and wrote
   * `this.currentTcb` through the host for the whole run. Only `this` and
   * parameters nothing writes adopt (a register written in a loop asks again
   * after each write anyway), at the first host access emitted in the block:
   * the same code on all nineteen of nbody's property accesses made
   * `advance` 6% slower.
   */
  const hostAccess = (r: number, emitAccess: () => void): void => {
    const c = mirrorCaches.get(r)?.get(MIRROR_OBJECT);
    if (c === undefined || adopting.has(r) || !unwrittenInputs.has(r)) {
      emitAccess();
      return;
    }
    adopting.add(r);
    body.push(w.if(w.i32_eq(w.local_get(c.addr, I), w.i32_const(NOT_MIRRORED_YET)), setCell(RECEIVER_MIRROR_CELL, w.i32_const(-1))));
    emitAccess();
    const found = temp(Repr.I32);
    body.push(w.if(w.i32_and(w.i32_eq(w.local_get(c.addr, I), w.i32_const(NOT_MIRRORED_YET)), w.i32_eq(w.local_get(c.epoch, I), getCell(EPOCH_CELL))),
      w.block(null, [
        w.local_set(found, getCell(RECEIVER_MIRROR_CELL)),
        w.if(w.i32_ge_s(w.local_get(found, I), w.i32_const(0)), w.local_set(c.addr, w.local_get(found, I))),
      ])));
  };
  /** What `emitSome` emits, collected into a list of its own (a branch's body) instead of `body`. */
  const emitted = (emitSome: () => void): Expr[] => {
    const saved = body;
    body = [];
    emitSome();
    const out = body;
    body = saved;
    return out;
  };
  /** Runs `emitSlow` into a block executed only when `fast` is 0. */
  const unlessFast = (fast: number, emitSlow: () => void): void => {
    body.push(w.if(w.i32_eqz(w.local_get(fast, I)), w.block(null, emitted(emitSlow))));
  };
  /**
   * `hit` when every condition holds in turn (each evaluated only after the
   * ones before it held, with `before[i]` run ahead of condition i), else the
   * slow path, emitted once per condition that can fail. A `fast` flag set in
   * the hit and tested after it cost a register and, past V8's register
   * pressure, a store and a load per access; the copies of the slow path are
   * out of line (branch-hints.ts).
   */
  const fastElseSlow = (conditions: Expr[], before: Expr[][], hit: Expr[], emitSlow: () => void): void => {
    let e = w.block(null, hit);
    for (let i = conditions.length - 1; i >= 0; i--) {
      const test = w.if(conditions[i], e, w.block(null, emitted(emitSlow)));
      e = before[i].length > 0 ? w.block(null, [...before[i], test]) : test;
    }
    body.push(e);
  };

  /**
   * Locals of a value found through a receiver's prototype (a method, or a
   * property read for `this.f(...)`) and cached by the receiver's shape: the
   * shape and method epoch it was found in, the value, and a generation
   * counted up at every lookup through the host (a CallThis of a cached read
   * checks its callee once per generation).
   */
  interface ShapeCache { shape: number; epoch: number; value: number; generation: number }
  /** The method caches in memory, by CallMethod or prototype-read pc (METHOD_CACHE_SIZE). */
  const methodCacheAt = new Map<number, number>();
  if (input.methodCaches >= 0) {
    for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
      if (hasMethodCache(code, pc, input.protoReads, input.constantReceivers)) methodCacheAt.set(pc, input.methodCaches + METHOD_CACHE_SIZE * methodCacheAt.size);
    }
  }
  /**
   * A prototype read cached in memory: its cache's address, and what the read
   * found it holding (shape, epoch, whether a CallThis had checked the value).
   */
  interface MemoryRead { cell: number; shape: number; epoch: number; checked: number }
  /** The cached prototype reads, by pc (a CallThis looks for the one that wrote its function). */
  const protoReadSites = new Map<number, ShapeCache | MemoryRead>();
  /**
   * A = arr[k] from arr's reference mirror at `addr` (GetElem, a for-of
   * step): the element's index in the table of references, or the host when
   * the element has none yet (it notes it); `fast` is 0 on entry.
   */
  const referenceElement = (A: number, arr: number, k: number, addr: number, t: number, fast: number, pc: number): void => {
    const wanted = mirrorWantedFor(A);
    const index = temp(Repr.I32);
    body.push(w.local_set(index, w.i32_const(-1)));
    body.push(w.if(inMirror(addr, k), w.block(null, referenceAt(w.i32_load(MIRROR_ELEMENTS, elementAddress(addr, k)), index, t, fast, deferred.has(A)))));
    unlessFast(fast, () => {
      const args = [val(arr, Repr.Ref, pc), w.local_get(k, I)];
      body.push(w.local_set(t, wanted === 0 ? call('getelem_ref', args, X) : call('getelem_ref_m', [...args, w.i32_const(wanted)], X)));
      failCheck(pc, 'element read', 'ref element in bounds');
    });
    storeReference(A, t, index, fast);
    noteIndex(A, index, fast);
    if (wanted !== 0) referencedMirror(A, wanted, index, fast);
  };
  /** Per prototype read: the callee (index into the unit's callees) of the CallThis that calls what it read, in the same block. */
  const calleeOfRead = new Map<number, number>();
  for (const b of analysis.blocks) {
    const writer = new Map<number, number>();
    for (let pc = b.start; pc < b.end; pc += instructionSize(code, pc)) {
      const target = code[pc] === Op.CallThis ? callTargets.get(pc) : undefined;
      const callee = target === undefined || target.kind === 'generic' || target.kind === 'poly' || target.kind === 'host' ? undefined : target.callee;
      const read = callee === undefined ? undefined : writer.get(code[pc + 2]);
      if (read !== undefined && code[read] === Op.GetNamed) calleeOfRead.set(read, callee!);
      const out = writeOf(code, pc);
      if (out >= 0) writer.set(out, pc);
    }
  }
  /** The unit's callee k (an imported immutable global, `c<k>`, see jit.ts). */
  const importedCallees = new Set<number>();
  const calleeConstant = (k: number): Expr => {
    if (!importedCallees.has(k)) w.addGlobalImport(`c${k}`, 'env', `c${k}`, X, false);
    importedCallees.add(k);
    return w.global_get(`c${k}`, X);
  };
  let cachedImported = false;
  /** The method cache in memory at `cell` holds receiver r's shape, found in the current method epoch. */
  const memoryCacheHit = (r: number, pc: number, cell: number): Expr => {
    const addr = mirrorAddress(r, MIRROR_OBJECT, pc);
    return w.if(w.i32_ge_s(w.local_get(addr, I), w.i32_const(0)),
      w.i32_and(w.i32_eq(w.i32_load(OBJECT_SHAPE, w.local_get(addr, I)), w.i32_load(cell + CACHE_SHAPE, w.i32_const(0))),
        w.i32_eq(w.i32_load(cell + CACHE_EPOCH, w.i32_const(0)), getCell(METHOD_EPOCH_CELL))),
      w.i32_const(0));
  };
  /** After a lookup through the host: the shape that proved it (MIRRORED_CELL) and the epoch, into the cache at `cell`. */
  const memoryCacheFill = (cell: number): Expr[] => [
    w.i32_store(cell + CACHE_SHAPE, w.i32_const(0), getCell(MIRRORED_CELL)),
    w.i32_store(cell + CACHE_EPOCH, w.i32_const(0), getCell(METHOD_EPOCH_CELL)),
  ];
  /**
   * `this.f` (a prototype's property, receiver r with a slot mirror) read through
   * the cache in memory at `cell`: the value from the table of cached values when
   * the receiver's shape and the method epoch are the ones it was found in. r
   * null: a constant global's object (`Math.abs` before `Math.abs(...)`), for
   * which the epoch alone decides (cached in locals, bounce's `bounce()` read
   * Math.abs through the host at each call).
   */
  const cachedInMemory = (r: number | null, pc: number, cell: number, result: number, lookUp: () => void): MemoryRead => {
    if (!cachedImported) {
      w.addExternrefTableImport('cached', 'env', 'cached');
      cachedImported = true;
    }
    const slot = (cell - methodCachesBase(input.maxDepth)) / METHOD_CACHE_SIZE;
    const read: MemoryRead = { cell, shape: addLocal(I), epoch: addLocal(I), checked: addLocal(I) };
    const word = (at: number): Expr => w.i32_load(cell + at, w.i32_const(0));
    const hit = r === null ? w.i32_eq(word(CACHE_EPOCH), getCell(METHOD_EPOCH_CELL)) : memoryCacheHit(r, pc, cell);
    // a value the CallThis it is read for has checked is that call's callee, an imported constant (V8
    // compiles table.get to a call of a builtin: towers' method calls spent more there than in the calls)
    const callee = calleeOfRead.get(pc);
    const fromTable = w.table_get('cached', w.i32_const(slot));
    body.push(w.if(hit, w.block(null, [
      w.local_set(read.checked, word(CACHE_CHECKED)),
      w.local_set(result, callee === undefined ? fromTable : w.if(w.local_get(read.checked, I), calleeConstant(callee), fromTable)),
    ]), w.block(null, [
      ...emitted(lookUp),
      ...memoryCacheFill(cell),
      w.i32_store(cell + CACHE_CHECKED, w.i32_const(0), w.i32_const(0)),
      w.table_set('cached', w.i32_const(slot), w.local_get(result, X)),
      w.local_set(read.checked, w.i32_const(0)),
    ])));
    body.push(w.local_set(read.shape, word(CACHE_SHAPE)), w.local_set(read.epoch, word(CACHE_EPOCH)));
    return read;
  };
  /**
   * Sets `result` to the value receiver register r's shape found last time in
   * the current method epoch (METHOD_EPOCH_CELL: no prototype written, no host
   * code run since; a shape determines the prototype); otherwise runs
   * `lookUp`, which sets `result` through the host and leaves in MIRRORED_CELL
   * the shape that proves the value (-1: none does). r has a slot mirror.
   */
  const cachedByShape = (r: number, pc: number, result: number, lookUp: () => void): ShapeCache => {
    const addr = mirrorAddress(r, MIRROR_OBJECT, pc);
    const site = newShapeCache(X);
    const same = w.if(w.i32_ge_s(w.local_get(addr, I), w.i32_const(0)),
      w.i32_and(w.i32_eq(w.i32_load(OBJECT_SHAPE, w.local_get(addr, I)), w.local_get(site.shape, I)), w.i32_eq(w.local_get(site.epoch, I), getCell(METHOD_EPOCH_CELL))),
      w.i32_const(0));
    cachedWhile(site, same, result, lookUp);
    return site;
  };
  /**
   * As cachedByShape, for a receiver that is one object for good
   * (CodegenInput.constantReceivers): the epoch alone decides. `type`: the
   * wasm type of `result` (a typed property read caches its number).
   */
  const cachedInEpoch = (result: number, type: WasmType, lookUp: () => void): ShapeCache => {
    const site = newShapeCache(type);
    cachedWhile(site, w.i32_eq(w.local_get(site.epoch, I), getCell(METHOD_EPOCH_CELL)), result, lookUp, type);
    return site;
  };
  const newShapeCache = (type: WasmType): ShapeCache => ({ shape: addLocal(I), epoch: addLocal(I), value: addLocal(type), generation: addLocal(I) });
  /** `result` := the site's value while `valid` holds; else `lookUp`, and the site remembers what it found. */
  const cachedWhile = (site: ShapeCache, valid: Expr, result: number, lookUp: () => void, type: WasmType = X): void => {
    body.push(w.if(valid, w.local_set(result, w.local_get(site.value, type)), w.block(null, [
      ...emitted(lookUp),
      w.local_set(site.shape, getCell(MIRRORED_CELL)),
      w.local_set(site.epoch, getCell(METHOD_EPOCH_CELL)),
      w.local_set(site.value, w.local_get(result, type)),
      w.local_set(site.generation, w.i32_add(w.local_get(site.generation, I), w.i32_const(1))),
    ])));
  };
  /** The cached prototype read that last wrote register r before pc in pc's block (undefined: none, or another write). */
  const protoReadInto = (r: number, pc: number): ShapeCache | MemoryRead | undefined => {
    const block = analysis.blocks.find((b) => b.start <= pc && pc < b.end)!;
    let writer = -1;
    for (let p = block.start; p < pc; p += instructionSize(code, p)) if (writeOf(code, p) === r) writer = p;
    return writer < 0 ? undefined : protoReadSites.get(writer);
  };

  const emit = (pc: number): void => {
    emitting = pc;
    const op = code[pc] as Op;
    const A = code[pc + 1], B = code[pc + 2], C = code[pc + 3];
    const site = siteOf(code, pc);
    const [lb, rb, resb] = site >= 0 ? feedbackBytes(fc.feedback[site]) : [0, 0, 0];
    if (unreached.has(pc)) {
      guard(w.i32_const(1), pc, UNREACHED, 'feedback from the VM');
      return;
    }
    switch (op) {
      case Op.Move: {
        store(A, val(B, reprOf(B) === Repr.None ? Repr.Ref : reprOf(B), pc), reprOf(B));
        const to = mirrorCaches.get(A);
        const from = mirrorCaches.get(B);
        if (to !== undefined && from !== undefined && A !== B) {
          for (const [kind, c] of to) {
            const f = from.get(kind);
            if (f !== undefined) body.push(w.local_set(c.addr, w.local_get(f.addr, I)), w.local_set(c.epoch, w.local_get(f.epoch, I)));
          }
        }
        return;
      }
      case Op.LoadInt:
        store(A, w.i32_const(B), Repr.I32);
        return;
      case Op.ToPropertyKey: {
        // a number key stays a number; other values convert in the VM (it may call valueOf / toString)
        const t = reprOf(B);
        if (t !== Repr.I32 && t !== Repr.F64) return exec(pc);
        store(A, val(B, t, pc), t);
        return;
      }
      case Op.Add: case Op.Sub: case Op.Mul: {
        const x = numRepr(B, lb), y = numRepr(C, rb);
        // (a sum only ever truncated wraps: analysis.ts, truncatedArithmetic)
        const wraps = op !== Op.Mul && analysis.wrapping.has(pc);
        if (x === Repr.I32 && y === Repr.I32 && ((resb & ~1) === 0 || wraps)) {
          const ta = temp(Repr.I32), tb = temp(Repr.I32), tr = temp(Repr.I32);
          body.push(w.local_set(ta, val(B, Repr.I32, pc)), w.local_set(tb, val(C, Repr.I32, pc)));
          const a = () => w.local_get(ta, I), b = () => w.local_get(tb, I), r = () => w.local_get(tr, I);
          if (wraps) body.push(w.local_set(tr, op === Op.Add ? w.i32_add(a(), b()) : w.i32_sub(a(), b())));
          else if (op === Op.Mul) {
            // the exact product in 64 bits: it overflows int32 when it differs from its own low half
            // sign-extended; a zero product of a negative operand is -0 in JS
            const tp = addLocal(w.i64);
            body.push(w.local_set(tp, w.i64_mul(w.i64_extend_i32_s(a()), w.i64_extend_i32_s(b()))));
            const p = () => w.local_get(tp, w.i64);
            body.push(w.local_set(tr, w.i32_wrap_i64(p())));
            guard(w.i32_or(w.i64_ne(w.i64_extend_i32_s(r()), p()),
              w.i32_and(w.i32_eqz(r()), w.i32_lt_s(w.i32_or(a(), b()), w.i32_const(0)))), pc, 'int32 overflow or -0', 'int32');
          } else {
            body.push(w.local_set(tr, op === Op.Add ? w.i32_add(a(), b()) : w.i32_sub(a(), b())));
            const ovf = op === Op.Add
              ? w.i32_and(w.i32_xor(a(), r()), w.i32_xor(b(), r()))
              : w.i32_and(w.i32_xor(a(), b()), w.i32_xor(a(), r()));
            guard(w.i32_lt_s(ovf, w.i32_const(0)), pc, INT32_OVERFLOW, 'int32');
          }
          store(A, r(), Repr.I32);
        } else if (x === Repr.Ref || y === Repr.Ref) genericArithmetic(pc, op, A, B, C);
        else {
          const a = val(B, Repr.F64, pc), b = val(C, Repr.F64, pc);
          store(A, op === Op.Add ? w.f64_add(a, b) : op === Op.Sub ? w.f64_sub(a, b) : w.f64_mul(a, b), Repr.F64);
        }
        return;
      }
      case Op.Div: {
        if (numRepr(B, lb) === Repr.Ref || numRepr(C, rb) === Repr.Ref) return genericArithmetic(pc, op, A, B, C);
        const a = val(B, Repr.F64, pc), b = val(C, Repr.F64, pc);
        store(A, w.f64_div(a, b), Repr.F64);
        return;
      }
      case Op.Mod: {
        const x = numRepr(B, lb), y = numRepr(C, rb);
        if (x === Repr.Ref || y === Repr.Ref) return genericArithmetic(pc, op, A, B, C);
        if (x === Repr.I32 && y === Repr.I32 && (resb & ~1) === 0) {
          const ta = temp(Repr.I32), tb = temp(Repr.I32), tr = temp(Repr.I32);
          body.push(w.local_set(ta, val(B, Repr.I32, pc)), w.local_set(tb, val(C, Repr.I32, pc)));
          guard(w.i32_eqz(w.local_get(tb, I)), pc, 'modulo by zero', 'int32');
          body.push(w.local_set(tr, w.i32_rem_s(w.local_get(ta, I), w.local_get(tb, I))));
          guard(w.i32_and(w.i32_eqz(w.local_get(tr, I)), w.i32_lt_s(w.local_get(ta, I), w.i32_const(0))), pc, 'modulo result -0', 'int32');
          store(A, w.local_get(tr, I), Repr.I32);
        } else {
          store(A, call('fmod', [val(B, Repr.F64, pc), val(C, Repr.F64, pc)], F), Repr.F64);
        }
        return;
      }
      case Op.BitAnd: case Op.BitOr: case Op.BitXor: case Op.Shl: case Op.Shr: case Op.UShr: {
        if (numRepr(B, lb) === Repr.Ref || numRepr(C, rb) === Repr.Ref) return genericArithmetic(pc, op, A, B, C);
        const a = toInt32(B, lb, pc), b = toInt32(C, rb, pc);
        if (op === Op.UShr) {
          const tr = temp(Repr.I32);
          body.push(w.local_set(tr, w.i32_shr_u(a, b)));
          if (repr[A] === Repr.I32 && (resb & ~1) === 0) {
            guard(w.i32_lt_s(w.local_get(tr, I), w.i32_const(0)), pc, 'unsigned result beyond int32', 'int32');
            store(A, w.local_get(tr, I), Repr.I32);
          } else store(A, w.f64_convert_i32_u(w.local_get(tr, I)), Repr.F64);
          return;
        }
        const e = op === Op.BitAnd ? w.i32_and(a, b) : op === Op.BitOr ? w.i32_or(a, b) : op === Op.BitXor ? w.i32_xor(a, b) : op === Op.Shl ? w.i32_shl(a, b) : w.i32_shr_s(a, b);
        store(A, e, Repr.I32);
        return;
      }
      case Op.BitNot:
        if (numRepr(B, lb) === Repr.Ref) return exec(pc);
        store(A, w.i32_xor(toInt32(B, lb, pc), w.i32_const(-1)), Repr.I32);
        return;
      case Op.Neg: case Op.Inc: case Op.Dec: case Op.ToNumber: case Op.ToNumeric: {
        const x = numRepr(B, lb);
        if (x === Repr.Ref) return exec(pc);
        if (op === Op.ToNumber || op === Op.ToNumeric) {
          store(A, val(B, x, pc), x);
          return;
        }
        if (x === Repr.I32 && (resb & ~1) === 0) {
          const t = temp(Repr.I32);
          body.push(w.local_set(t, val(B, Repr.I32, pc)));
          const v = () => w.local_get(t, I);
          if (op === Op.Neg) {
            guard(w.i32_or(w.i32_eqz(v()), w.i32_eq(v(), w.i32_const(-2147483648))), pc, 'negation gives -0 or overflows', 'int32');
            store(A, w.i32_sub(w.i32_const(0), v()), Repr.I32);
          } else {
            guard(w.i32_eq(v(), w.i32_const(op === Op.Inc ? 2147483647 : -2147483648)), pc, INT32_OVERFLOW, 'int32');
            store(A, op === Op.Inc ? w.i32_add(v(), w.i32_const(1)) : w.i32_sub(v(), w.i32_const(1)), Repr.I32);
          }
        } else {
          const v = val(B, Repr.F64, pc);
          store(A, op === Op.Neg ? w.f64_neg(v) : op === Op.Inc ? w.f64_add(v, w.f64_const(1)) : w.f64_sub(v, w.f64_const(1)), Repr.F64);
        }
        return;
      }
      case Op.Lt: case Op.Gt: case Op.Le: case Op.Ge: case Op.Eq: case Op.Ne: case Op.StrictEq: case Op.StrictNe:
        store(A, compare(op, B, C, site, pc), Repr.Bool);
        return;
      case Op.PushContext:
        body.push(w.local_set(CTX, call('pushctx', [w.local_get(CTX, X), w.i32_const(A)], X)));
        return;
      case Op.PopContext:
        body.push(w.local_set(CTX, call('popctx', [w.local_get(CTX, X)], X)));
        return;
      case Op.CopyContext:
        body.push(w.local_set(CTX, call('copyctx', [w.local_get(CTX, X)], X)));
        return;
      case Op.SaveContext:
        store(A, w.local_get(CTX, X), Repr.Ref);
        return;
      case Op.RestoreContext:
        body.push(w.local_set(CTX, val(A, Repr.Ref, pc)));
        return;
      case Op.LoadContext:
        store(A, call('ldctx', [w.local_get(CTX, X), w.i32_const(B), w.i32_const(C)], X), Repr.Ref);
        return;
      case Op.StoreContext:
        body.push(call('stctx', [w.local_get(CTX, X), w.i32_const(A), w.i32_const(B), val(C, Repr.Ref, pc)], N));
        return;
      case Op.Not:
        store(A, w.i32_eqz(truthy(B, pc)), Repr.Bool);
        return;
      case Op.GetElem: {
        // (an int32 element into a double register is read as the double: analysis.ts, readElsewhere)
        const fed = fromFeedback(resb);
        const want = fed === Repr.None ? Repr.Ref : fed === Repr.I32 && A < n && repr[A] === Repr.F64 ? Repr.F64 : fed;
        const key = numRepr(C, rb);
        if (key === Repr.Ref) return exec(pc);
        const t = temp(want);
        const kind = mirrorKind(pc);
        if (kind === 0) {
          const wanted = want === Repr.Ref ? mirrorWantedFor(A) : 0;
          const args = [val(B, Repr.Ref, pc), val(C, Repr.I32, pc)];
          body.push(w.local_set(t, wanted === 0 ? call(`getelem_${SUFFIX[want]}`, args, wt(want)) : call('getelem_ref_m', [...args, w.i32_const(wanted)], X)));
          failCheck(pc, 'element read', `${REPR_NAMES[want]} element in bounds`);
          store(A, w.local_get(t, wt(want)), want);
          if (wanted !== 0) cacheMirrored(A, wanted);
          return;
        }
        // from the array's mirror in linear memory; the host accessor when there is none, the
        // index is out of bounds or an int32 read finds another number
        const k = temp(Repr.I32);
        body.push(w.local_set(k, val(C, Repr.I32, pc)));
        const addr = mirrorAddress(B, kind, pc);
        if (kind === MIRROR_REFERENCES) {
          const fast = temp(Repr.I32);
          body.push(w.local_set(fast, w.i32_const(0)));
          referenceElement(A, B, k, addr, t, fast, pc);
          return;
        }
        const read = (): Expr => w.f64_load(MIRROR_ELEMENTS, elementAddress(addr, k));
        const readThroughHost = (): void => {
          body.push(w.local_set(t, call(`getelem_${SUFFIX[want]}`, [val(B, Repr.Ref, pc), w.local_get(k, I)], wt(want))));
          failCheck(pc, 'element read', `${REPR_NAMES[want]} element in bounds`);
        };
        if (want === Repr.I32) {
          const v = temp(Repr.F64);
          fastElseSlow([inMirror(addr, k), holdsInt32(w.local_get(v, F), w.local_get(t, I))],
            [[], [w.local_set(v, read()), w.local_set(t, int32Guess(w.local_get(v, F)))]], [], readThroughHost);
        } else {
          fastElseSlow([inMirror(addr, k)], [[]], [w.local_set(t, want === Repr.Bool ? w.f64_ne(read(), w.f64_const(0)) : read())], readThroughHost);
        }
        store(A, w.local_get(t, wt(want)), want);
        return;
      }
      case Op.SetElem: {
        const key = numRepr(B, rb);
        if (key === Repr.Ref) return exec(pc);
        const vr = reprOf(C) === Repr.None ? Repr.Ref : reprOf(C);
        const kind = mirrorKind(pc);
        if (kind === 0 && indexedElementWrite(pc)) {
          // a reference whose index compiled code knows, into the array's reference mirror
          const k = temp(Repr.I32);
          body.push(w.local_set(k, val(B, Repr.I32, pc)));
          const v = temp(Repr.Ref);
          body.push(w.local_set(v, val(C, Repr.Ref, pc)));
          const addr = mirrorAddress(A, MIRROR_REFERENCES, pc);
          const { known, word } = knownIndex(C);
          const fast = temp(Repr.I32);
          body.push(w.local_set(fast, w.i32_const(0)));
          body.push(w.if(w.i32_and(inMirror(addr, k), known), w.block(null, [
            w.i32_store(MIRROR_ELEMENTS, elementAddress(addr, k), word),
            w.i32_store(MIRROR_ELEMENTS + 4, elementAddress(addr, k), w.i32_const(1)),
            w.i32_store(MIRROR_DIRTY, w.local_get(addr, I), w.i32_const(1)),
            w.local_set(fast, w.i32_const(1)),
          ])));
          unlessFast(fast, () => {
            body.push(call('setelem_ref', [val(A, Repr.Ref, pc), w.local_get(k, I), w.local_get(v, X)], N));
            failCheck(pc, 'element write', 'array, index <= length');
          });
          return;
        }
        if (kind === 0) {
          body.push(call(`setelem_${SUFFIX[vr]}`, [val(A, Repr.Ref, pc), val(B, Repr.I32, pc), val(C, vr, pc)], N));
          failCheck(pc, 'element write', 'array, index <= length');
          return;
        }
        // into the array's mirror (marked dirty); the host accessor otherwise (appends, other types)
        const k = temp(Repr.I32);
        body.push(w.local_set(k, val(B, Repr.I32, pc)));
        const v = temp(vr);
        body.push(w.local_set(v, val(C, vr, pc)));
        const addr = mirrorAddress(A, kind, pc);
        const asF64 = vr === Repr.F64 ? w.local_get(v, F) : w.f64_convert_i32_s(w.local_get(v, I));
        fastElseSlow([inMirror(addr, k)], [[]], [
          w.f64_store(MIRROR_ELEMENTS, elementAddress(addr, k), asF64),
          w.i32_store(MIRROR_DIRTY, w.local_get(addr, I), w.i32_const(1)),
        ], () => {
          body.push(call(`setelem_${SUFFIX[vr]}`, [val(A, Repr.Ref, pc), w.local_get(k, I), w.local_get(v, wt(vr))], N));
          failCheck(pc, 'element write', 'array, index <= length');
        });
        return;
      }
      case Op.GetLength: {
        const t = temp(Repr.I32);
        const caches = mirrorCaches.get(B);
        if (caches !== undefined && [...caches.keys()].some((k) => k !== MIRROR_OBJECT)) {
          // an array whose mirror this function already holds: its length is in the header
          const fast = temp(Repr.I32);
          body.push(w.local_set(fast, w.i32_const(0)));
          for (const [kind, c] of caches) {
            if (kind === MIRROR_OBJECT) continue;
            body.push(w.if(w.i32_and(w.i32_eqz(w.local_get(fast, I)),
              w.i32_and(w.i32_eq(w.local_get(c.epoch, I), getCell(EPOCH_CELL)), w.i32_ge_s(w.local_get(c.addr, I), w.i32_const(0)))),
            w.block(null, [w.local_set(t, w.i32_load(MIRROR_LENGTH, w.local_get(c.addr, I))), w.local_set(fast, w.i32_const(1))])));
          }
          // the array still used after its block: the mirror its element accesses will ask for anyway is
          // asked for now, and its header has the length (nbody's advance() asked for bodies.length, then
          // for the mirror: two host calls per call). (Not when this is its last use: storage's leaves
          // are read for their length alone, and are never mirrored.)
          const block = analysis.blocks.findIndex((b) => b.start <= pc && pc < b.end);
          if (B >= n || !analysis.liveOut[block][B]) {
            unlessFast(fast, () => {
              body.push(w.local_set(t, call('length', [val(B, Repr.Ref, pc)], I)));
              failCheck(pc, 'length', 'array or string', B);
            });
          } else unlessFast(fast, () => {
            const kind = [...caches.keys()].find((k) => k !== MIRROR_OBJECT)!;
            const addr = mirrorAddress(B, kind, pc);
            body.push(w.if(w.i32_ge_s(w.local_get(addr, I), w.i32_const(0)), w.local_set(t, w.i32_load(MIRROR_LENGTH, w.local_get(addr, I))),
              w.block(null, emitted(() => {
                body.push(w.local_set(t, call('length', [val(B, Repr.Ref, pc)], I)));
                failCheck(pc, 'length', 'array or string', B);
              }))));
          });
        } else if (!stringLengths.has(B)) {
          // (a constant)
          body.push(w.local_set(t, call('length', [val(B, Repr.Ref, pc)], I)));
          failCheck(pc, 'length', 'array or string', B);
        } else {
          // a string's length once per value of the register (stringLengths), anything else's every time
          const known = stringLengths.get(B)!;
          body.push(w.local_set(t, w.i32_sub(w.local_get(known, I), w.i32_const(1))));
          body.push(w.if(w.i32_lt_s(w.local_get(t, I), w.i32_const(0)), w.block(null, emitted(() => {
            body.push(w.local_set(t, call('strlen', [val(B, Repr.Ref, pc)], I)));
            body.push(w.if(w.i32_ge_s(w.local_get(t, I), w.i32_const(0)), w.local_set(known, w.i32_add(w.local_get(t, I), w.i32_const(1))), w.block(null, emitted(() => {
              body.push(w.local_set(t, call('length', [val(B, Repr.Ref, pc)], I)));
              failCheck(pc, 'length', 'array or string', B);
            }))));
          }))));
        }
        store(A, w.local_get(t, I), Repr.I32);
        return;
      }
      case Op.GetNamed: {
        const pairedCall = arrayMethodReads.get(pc);
        if (pairedCall !== undefined) {
          // the method of a push or pop: the builtin, known without the host, when the array is a
          // plain one and Array.prototype holds it
          const target = callTargets.get(pairedCall.call) as CallTarget & { kind: 'intrinsic' };
          const addr = mirrorAddress(B, arrayIntrinsicKindAt(pairedCall.call), pc);
          const known = emitted(() => {
            store(A, calleeConstant(target.callee), Repr.Ref);
            body.push(w.local_set(pairedCall.builtin, w.i32_const(1)));
          });
          const asked = emitted(() => {
            store(A, call('getnamed', [w.i32_const(unit), w.i32_const(pc), val(B, Repr.Ref, pc)], X), Repr.Ref);
            body.push(w.local_set(pairedCall.builtin, w.i32_const(0)));
          });
          body.push(w.if(w.i32_and(plainArray(addr), builtinMethodHeld(target.name as ArrayIntrinsic)), w.block(null, known), w.block(null, asked)));
          return;
        }
        const want = repr[A];
        const constant = input.constantReceivers.includes(pc);
        if (want === Repr.I32 || want === Repr.F64 || want === Repr.Bool) {
          // read as the type its uses saw (analysis.ts): no boxed value, no unboxing call
          const t = temp(want);
          const own = objectSlotAt(pc);
          const readThroughHost = () => {
            const read = () => {
              body.push(w.local_set(t, call(`getnamed_${SUFFIX[want]}`, [w.i32_const(unit), w.i32_const(pc), val(B, Repr.Ref, pc)], wt(want))));
              stashCheck(pc, PROPERTY_TYPE, REPR_NAMES[want], A);
            };
            if (own === undefined) read();
            else hostAccess(B, read);
          };
          // a constant global's object (Math.PI): the value read in this method epoch
          if (constant) cachedInEpoch(t, wt(want), readThroughHost);
          else if (own === undefined) readThroughHost();
          else {
            // from the object's slot mirror when it has the compiled shape and the slot holds a number
            const { addr, ok } = provedShape(B, own.shape, pc);
            const at = OBJECT_SLOTS + 8 * own.slot;
            if (want === Repr.I32) {
              // (a slot holding no number is a signalling NaN: it fails the int32 check)
              const v = temp(Repr.F64);
              fastElseSlow([w.local_get(ok, I), holdsInt32(w.local_get(v, F), w.local_get(t, I))],
                [[], [w.local_set(v, w.f64_load(at, w.local_get(addr, I))), w.local_set(t, int32Guess(w.local_get(v, F)))]], [], readThroughHost);
            } else {
              fastElseSlow([w.local_get(ok, I), w.i32_ne(w.i32_load(at + 4, w.local_get(addr, I)), w.i32_const(NOT_A_NUMBER))], [[], []],
                [w.local_set(t, w.f64_load(at, w.local_get(addr, I)))], readThroughHost);
            }
          }
          store(A, w.local_get(t, wt(want)), want);
          return;
        }
        const t = temp(Repr.Ref);
        const wanted = mirrorWantedFor(A);
        const readThroughHost = () => {
          const args = [w.i32_const(unit), w.i32_const(pc), val(B, Repr.Ref, pc)];
          body.push(w.local_set(t, wanted === 0 ? call('getnamed', args, X) : call('getnamed_m', [...args, w.i32_const(wanted)], X)));
          failCheck(pc, 'shape guard', 'cached shape', B);
        };
        const own = objectSlotAt(pc);
        if (own === undefined && wanted === 0 && input.protoReads.includes(pc) && mirrorCaches.get(B)?.has(MIRROR_OBJECT)) {
          // a prototype's property (`this.f` before `this.f(...)`), cached by the receiver's shape
          const cell = methodCacheAt.get(pc);
          protoReadSites.set(pc, cell === undefined ? cachedByShape(B, pc, t, readThroughHost) : cachedInMemory(B, pc, cell, t, readThroughHost));
          store(A, w.local_get(t, X), Repr.Ref);
          return;
        }
        if (constant && wanted === 0) {
          // a constant global's object (`Math.floor` before `Math.floor(...)`): cached in the method epoch
          const cell = methodCacheAt.get(pc);
          protoReadSites.set(pc, cell === undefined ? cachedInEpoch(t, X, readThroughHost) : cachedInMemory(null, pc, cell, t, readThroughHost));
          store(A, w.local_get(t, X), Repr.Ref);
          return;
        }
        if (own === undefined) {
          readThroughHost();
          store(A, w.local_get(t, X), Repr.Ref);
          if (wanted !== 0) cacheMirrored(A, wanted);
          return;
        }
        // from the object's slot mirror when it has the compiled shape and the slot holds a
        // reference with an index in the table of references (its low word is 1 + the index)
        const { addr, ok } = provedShape(B, own.shape, pc);
        const at = OBJECT_SLOTS + 8 * own.slot;
        const fast = temp(Repr.I32);
        const index = temp(Repr.I32);
        body.push(w.local_set(fast, w.i32_const(0)));
        // (or a number, kept pending: pendingNumbers)
        const number = pendingNumbers.get(A);
        const isNumber = number === undefined ? -1 : temp(Repr.I32);
        if (number !== undefined) body.push(w.local_set(isNumber, w.i32_const(0)));
        const aNumber = number === undefined ? undefined
          : w.block(null, [w.local_set(number, w.f64_load(at, w.local_get(addr, I))), w.local_set(isNumber, w.i32_const(1))]);
        body.push(w.if(w.local_get(ok, I), w.if(w.i32_eq(w.i32_load(at + 4, w.local_get(addr, I)), w.i32_const(NOT_A_NUMBER)),
          w.block(null, referenceAt(w.i32_load(at, w.local_get(addr, I)), index, t, fast, deferred.has(A))), aNumber)));
        const host = () => hostAccess(B, readThroughHost);
        if (number === undefined) unlessFast(fast, host);
        else body.push(w.if(w.i32_eqz(w.i32_or(w.local_get(fast, I), w.local_get(isNumber, I))), w.block(null, emitted(host))));
        storeReference(A, t, index, fast, isNumber);
        noteIndex(A, index, fast);
        if (wanted !== 0) referencedMirror(A, wanted, index, fast);
        return;
      }
      case Op.LoadGlobal: {
        const known = input.constantValues.find(([g]) => g === B);
        if (known !== undefined) {
          const v = known[1];
          const t = reprOfValue(v);
          store(A, t === Repr.Bool ? w.i32_const(v ? 1 : 0) : t === Repr.I32 ? w.i32_const(v as number) : w.f64_const(v as number), t);
          return;
        }
        if (input.constantGlobals.includes(B)) {
          // a global nothing writes but its declaration (a builtin such as Math, a function or class declaration): an imported constant
          if (!constantGlobals.has(-1 - B)) {
            constantGlobals.add(-1 - B);
            w.addGlobalImport(`g${B}`, 'env', `g${B}`, X, false);
          }
          store(A, w.global_get(`g${B}`, X), Repr.Ref);
          return;
        }
        // G[B] through the host; an uninitialised (TDZ) or undeclared global deopts and the VM throws
        const t = temp(Repr.Ref);
        body.push(w.local_set(t, call('ldglobal', [w.i32_const(B)], X)));
        failCheck(pc, 'global not initialised', 'initialised global');
        store(A, w.local_get(t, X), Repr.Ref);
        return;
      }
      case Op.SetNamed: {
        const vr = reprOf(C);
        const suffix = vr === Repr.I32 || vr === Repr.F64 || vr === Repr.Bool ? `_${SUFFIX[vr]}` : '';
        const own = objectSlotAt(pc);
        if (own === undefined) {
          body.push(call(`setnamed${suffix}`, [w.i32_const(unit), w.i32_const(pc), val(A, Repr.Ref, pc), val(C, suffix === '' ? Repr.Ref : vr, pc)], N));
          failCheck(pc, 'shape guard', 'cached shape', A);
          return;
        }
        if (indexedReferenceWrite(pc)) {
          // a reference whose index in the table compiled code knows: 1 + the index and the
          // not-a-number high word into the slot mirror (the host reads it from there: mirrors.ts)
          // (a pending number is written as it is: boxed only for the host)
          const number = C < n ? pendingNumbers.get(C) : undefined;
          const v = temp(Repr.Ref);
          if (number === undefined) body.push(w.local_set(v, val(C, Repr.Ref, pc)));
          const { addr, ok } = provedShape(A, own.shape, pc);
          const { known, word } = knownIndex(C);
          const at = OBJECT_SLOTS + 8 * own.slot;
          const fast = temp(Repr.I32);
          body.push(w.local_set(fast, w.i32_const(0)));
          const writeNumber = number === undefined ? undefined
            : w.if(w.i32_and(w.local_get(ok, I), w.i32_eq(w.local_get(deferred.get(C)!, I), w.i32_const(-1))), w.block(null, [
              w.f64_store(at, w.local_get(addr, I), w.local_get(number, F)),
              w.i32_store(MIRROR_DIRTY, w.local_get(addr, I), w.i32_const(1)),
              w.local_set(fast, w.i32_const(1)),
            ]));
          body.push(w.if(w.i32_and(w.local_get(ok, I), known), w.block(null, [
            w.i32_store(at, w.local_get(addr, I), word),
            w.i32_store(at + 4, w.local_get(addr, I), w.i32_const(NOT_A_NUMBER)),
            w.i32_store(MIRROR_DIRTY, w.local_get(addr, I), w.i32_const(1)),
            w.local_set(fast, w.i32_const(1)),
          ]), writeNumber));
          unlessFast(fast, () => {
            if (number !== undefined) body.push(w.local_set(v, val(C, Repr.Ref, pc)));
            hostAccess(A, () => {
              body.push(call('setnamed', [w.i32_const(unit), w.i32_const(pc), val(A, Repr.Ref, pc), w.local_get(v, X)], N));
              failCheck(pc, 'shape guard', 'cached shape', A);
            });
          });
          return;
        }
        // into the object's slot mirror (marked dirty) when it has the compiled shape
        const v = temp(vr);
        body.push(w.local_set(v, val(C, vr, pc)));
        const { addr, ok } = provedShape(A, own.shape, pc);
        fastElseSlow([w.local_get(ok, I)], [[]], [
          w.f64_store(OBJECT_SLOTS + 8 * own.slot, w.local_get(addr, I), vr === Repr.F64 ? w.local_get(v, F) : w.f64_convert_i32_s(w.local_get(v, I))),
          w.i32_store(MIRROR_DIRTY, w.local_get(addr, I), w.i32_const(1)),
        ], () => hostAccess(A, () => {
          body.push(call(`setnamed${suffix}`, [w.i32_const(unit), w.i32_const(pc), val(A, Repr.Ref, pc), w.local_get(v, wt(vr))], N));
          failCheck(pc, 'shape guard', 'cached shape', A);
        }));
        return;
      }
      case Op.CallGlobal: {
        const target = callTargets.get(pc) ?? { kind: 'generic' };
        const args = argumentsOf(code, pc);
        if (target.kind === 'generic' || target.kind === 'intrinsic' || target.kind === 'poly' || target.kind === 'construct' || target.kind === 'host') {
          for (const r of args) if (r < n) body.push(flush(r, pc));
          const t = temp(Repr.Ref);
          body.push(w.local_set(t, call('callg', [w.i32_const(unit), w.i32_const(pc)], X)));
          store(A, w.local_get(t, X), Repr.Ref);
          return;
        }
        directCall(pc, A, target, args, w.ref_null(), w.global_get('undef', X));
        return;
      }
      case Op.New: {
        const target = callTargets.get(pc);
        const made = fresh.get(pc);
        if (made !== undefined) {
          // made in its mirror (fresh-arrays.ts); null: not the builtins, or not a length (nothing done yet)
          const t = temp(Repr.Ref);
          body.push(w.local_set(t, call('newfill', [val(B, Repr.Ref, pc), val(made.length, Repr.Ref, pc), val(made.value, Repr.Ref, pc)], X)));
          guard(w.ref_is_null(w.local_get(t, X)), pc, 'fresh array', 'the builtin Array and fill, and a valid length', B);
          if (mirrorCaches.get(made.array)?.has(made.kind)) cacheMirrored(made.array, made.kind);
          store(A, w.local_get(t, X), Repr.Ref);
          return;
        }
        if (target !== undefined && target.kind === 'host') {
          // `new Array(n)`, `new Map()`: made in the host, exec only when user code may run (Jit.constructInHost)
          const t = temp(Repr.Ref);
          body.push(w.local_set(t, call('newh', [w.i32_const(unit), w.i32_const(pc), ...frameArgs(), val(B, Repr.Ref, pc), ...hostArguments(pc)], X)));
          store(A, w.local_get(t, X), Repr.Ref);
          return;
        }
        if (target === undefined || target.kind !== 'construct') return exec(pc);
        // the new object (null: R[B] is not the constructor compiled against; nothing has happened yet)
        const obj = temp(Repr.Ref);
        body.push(w.local_set(obj, call('newthis', [w.i32_const(unit), w.i32_const(target.callee), val(B, Repr.Ref, pc)], X)));
        guard(w.ref_is_null(w.local_get(obj, X)), pc, 'constructor guard', 'the compiled constructor', B);
        if (target.unit >= 0) {
          // (its result is undefined: the object is the value of the `new`)
          directCall(pc, A, { kind: 'direct', unit: target.unit, params: target.params, ret: target.ret }, argumentsOf(code, pc), calleeConstant(target.callee), w.local_get(obj, X));
        }
        store(A, w.local_get(obj, X), Repr.Ref);
        return;
      }
      case Op.CallMethod: {
        // (the fill of a fresh array: done by the `new`)
        if (freshFills.has(pc)) {
          if (A !== B) store(A, val(B, Repr.Ref, pc), Repr.Ref);
          return;
        }
        const target = callTargets.get(pc) ?? { kind: 'generic' };
        if (target.kind === 'host') return hostMethodCall(pc, A, B);
        // (only a `new` is compiled as a construction)
        if (target.kind === 'generic' || target.kind === 'construct') return exec(pc);
        if (target.kind === 'poly') return polymorphicCall(pc, A, B, target);
        if (target.kind === 'intrinsic' && target.name === 'charCodeAt') return charCodeAt(pc, A, -1);
        if (target.kind === 'intrinsic' && target.name in ARRAY_INTRINSICS) {
          const kind = arrayIntrinsicKindAt(pc);
          if (kind === 0) return hostMethodCall(pc, A, B);
          const addr = mirrorAddress(B, kind, pc);
          return arrayIntrinsic(pc, A, B, target.name as ArrayIntrinsic, kind, w.i32_and(plainArray(addr), builtinMethodHeld(target.name as ArrayIntrinsic)));
        }
        // the receiver's method through the inline cache, guarded to be the function compiled against
        const recv = temp(Repr.Ref);
        body.push(w.local_set(recv, val(B, Repr.Ref, pc)));
        const method = temp(Repr.Ref);
        const askHost = (): void => {
          body.push(w.local_set(method, call('method', [w.i32_const(unit), w.i32_const(pc), w.i32_const(target.callee!), w.local_get(recv, X)], X)));
          failCheck(pc, 'method guard', 'the compiled method', B);
        };
        // a receiver with a slot mirror: the method its shape last passed the guard with (in memory when
        // a null closure stands for it); a constant global's object (Math): the method found in this epoch
        const cache = methodCacheAt.get(pc);
        if (mirrorCaches.get(B)?.has(MIRROR_OBJECT) && cache !== undefined && (target.kind === 'intrinsic' || target.own === true)) {
          // (a receiver not mirrored yet is asked for again at the next call: a loop calling a.h(s) on one
          // local object missed the cache at each of its first ~30,000 calls, 8.3 ns per call against 4.7,
          // until a tier-up re-entry happened to ask again and the third request made the mirror)
          const c = mirrorCaches.get(B)!.get(MIRROR_OBJECT)!;
          const askAgain = w.if(w.i32_eq(w.local_get(c.addr, I), w.i32_const(NOT_MIRRORED_YET)), w.local_set(c.epoch, w.i32_const(0)));
          body.push(w.if(memoryCacheHit(B, pc, cache), w.local_set(method, w.ref_null()), w.block(null, [...emitted(askHost), ...memoryCacheFill(cache), askAgain])));
        } else if (mirrorCaches.get(B)?.has(MIRROR_OBJECT)) cachedByShape(B, pc, method, askHost);
        else if (input.constantReceivers.includes(pc) && cache !== undefined && (target.kind === 'intrinsic' || target.own === true)) {
          // (the epoch alone decides, in memory: advance() asked for nbody's Math.sqrt once per call, 3,000 host calls per run)
          body.push(w.if(w.i32_eq(w.i32_load(cache + CACHE_EPOCH, w.i32_const(0)), getCell(METHOD_EPOCH_CELL)), w.local_set(method, w.ref_null()),
            w.block(null, [...emitted(askHost), w.i32_store(cache + CACHE_EPOCH, w.i32_const(0), getCell(METHOD_EPOCH_CELL))])));
        } else if (input.constantReceivers.includes(pc)) cachedInEpoch(method, X, askHost);
        else askHost();
        if (target.kind === 'intrinsic') return intrinsic(pc, A, target.name, argumentsOf(code, pc));
        directCall(pc, A, target, argumentsOf(code, pc), w.local_get(method, X), w.local_get(recv, X), B);
        return;
      }
      case Op.CallThis: {
        const target = callTargets.get(pc) ?? { kind: 'generic' };
        if (target.kind === 'host') return hostMethodCall(pc, A, C, B);
        // (only a `new` is compiled as a construction)
        if (target.kind === 'generic' || target.kind === 'construct') return exec(pc);
        if (target.kind === 'poly') return polymorphicCall(pc, A, C, target, B);
        if (target.kind === 'intrinsic' && target.name === 'charCodeAt') return charCodeAt(pc, A, B);
        if (target.kind === 'intrinsic' && target.name in ARRAY_INTRINSICS) {
          // (its GetNamed noted whether it read the builtin)
          const kind = arrayIntrinsicKindAt(pc);
          if (kind === 0) return hostMethodCall(pc, A, C, B);
          const read = arrayMethodReads.get(arrayMethodRead(code, pc))!;
          const addr = mirrorAddress(C, kind, pc);
          return arrayIntrinsic(pc, A, C, target.name as ArrayIntrinsic, kind, w.i32_and(w.local_get(read.builtin, I), w.i32_ge_s(w.local_get(addr, I), w.i32_const(0))));
        }
        // R[B] guarded to be the function compiled against
        const f = temp(Repr.Ref);
        body.push(w.local_set(f, val(B, Repr.Ref, pc)));
        const checkCallee = () => guard(w.i32_eqz(call('is_callee', [w.i32_const(unit), w.i32_const(target.callee!), w.local_get(f, X)], I)), pc, 'callee guard', 'the compiled function', B);
        const read = protoReadInto(B, pc);
        if (read === undefined) checkCallee();
        else if ('cell' in read) {
          // read through a cache in memory: checked once per value the cache holds; the check is
          // noted there only while the cache still holds the value read (a call among the
          // arguments may have replaced it)
          const cell = read.cell;
          body.push(w.if(w.local_get(read.checked, I), w.nop(), w.block(null, [
            ...emitted(checkCallee),
            w.if(w.i32_and(w.i32_eq(w.i32_load(cell + CACHE_SHAPE, w.i32_const(0)), w.local_get(read.shape, I)),
              w.i32_eq(w.i32_load(cell + CACHE_EPOCH, w.i32_const(0)), w.local_get(read.epoch, I))),
            w.i32_store(cell + CACHE_CHECKED, w.i32_const(0), w.i32_const(1))),
          ])));
        } else {
          // read by a cached prototype read in this block: checked once per generation of its value
          const checked = addLocal(I);
          const check = emitted(() => {
            checkCallee();
            body.push(w.local_set(checked, w.local_get(read.generation, I)));
          });
          body.push(w.if(w.i32_and(w.i32_ne(w.local_get(checked, I), w.i32_const(0)), w.i32_eq(w.local_get(checked, I), w.local_get(read.generation, I))), w.nop(), w.block(null, check)));
        }
        if (target.kind === 'intrinsic') return intrinsic(pc, A, target.name, argumentsOf(code, pc));
        directCall(pc, A, target, argumentsOf(code, pc), w.local_get(f, X), val(C, Repr.Ref, pc), C);
        return;
      }
      case Op.Return: {
        const r = A;
        // a generic result: its slot mirror's address when this activation has it, for a compiled
        // caller that reads MIRRORED_CELL right after the call (-1: not known)
        if (ret === Repr.Ref) {
          const c = mirrorCaches.get(r)?.get(MIRROR_OBJECT);
          const v = temp(Repr.Ref);
          body.push(w.local_set(v, val(r, Repr.Ref, pc)));
          body.push(setCell(MIRRORED_CELL, c === undefined ? w.i32_const(-1)
            : w.select(w.i32_eq(w.local_get(c.epoch, I), getCell(EPOCH_CELL)), w.local_get(c.addr, I), w.i32_const(-1))));
          const indexed = (r < n && indexCaches.has(r)) || (r >= n && fixedIndex(r) >= 0);
          const { known, word } = indexed ? knownIndex(r) : { known: w.i32_const(0), word: w.i32_const(0) };
          body.push(setCell(RETURNED_INDEX_CELL, indexed ? w.select(known, word, w.i32_const(0)) : w.i32_const(0)));
          body.push(...payFuelDebtAndReturn(w.local_get(v, X)));
          return;
        }
        body.push(...payFuelDebtAndReturn(val(r, ret, pc)));
        return;
      }
      case Op.TemplateAppend: {
        // R[A] + String(R[B]) + the text after it, in the host (exec only when R[B] is an object, whose toString runs)
        const t = temp(Repr.Ref);
        body.push(w.local_set(t, call('template', [w.i32_const(unit), w.i32_const(pc), ...frameArgs(), val(A, Repr.Ref, pc), val(B, Repr.Ref, pc)], X)));
        store(A, w.local_get(t, X), Repr.Ref);
        return;
      }
      case Op.TypeOf: {
        // a typed register's type is known; a generic value's is asked of the host
        const t = reprOf(B);
        const name = t === Repr.I32 || t === Repr.F64 ? 'number' : t === Repr.Bool ? 'boolean' : null;
        store(A, name === null ? call('typeof', [val(B, Repr.Ref, pc)], X) : typeName(name), Repr.Ref);
        return;
      }
      case Op.SuperGet: {
        // `super.m` in a method: the home object's prototype's property, read in the host (no user code
        // runs for a string key); anything else (no prototype, a key to convert) deopts and the VM throws
        const t = temp(Repr.Ref);
        body.push(w.local_set(t, call('superget', [w.i32_const(unit), w.local_get(FN, X), val(B, Repr.Ref, pc)], X)));
        failCheck(pc, 'super property', 'a home object with a prototype');
        store(A, w.local_get(t, X), Repr.Ref);
        return;
      }
      case Op.ForOfStart: case Op.IterStart:
        // an array is stepped by index in compiled code, as the VM does (ForOfNext, IterNext); a string,
        // a Map or a Set by its iterator, in the host (the pair's index -1); anything else leaves here for
        // the VM (an array's keys() or values() reads its elements, which may be mirrored)
        iterationStart(pc, A, B);
        return;
      case Op.IterNext: {
        // the pair's next element or undefined (an array's through the host, whose read sees its mirror)
        const s = B;
        const k = temp(Repr.I32);
        body.push(w.local_set(k, val(s + 1, Repr.I32, pc)));
        const t = temp(Repr.Ref);
        const stepped = emitted(() => {
          body.push(w.local_set(t, call('iterstep', [val(s, Repr.Ref, pc)], X)));
          declinedCheck(pc, 'iteration', 'an iterator of a string, a Map or a Set');
        });
        const indexed = emitted(() => {
          body.push(w.local_set(t, call('iterelem', [val(s, Repr.Ref, pc), w.local_get(k, I)], X)));
          store(s + 1, w.i32_add(w.local_get(k, I), w.i32_const(1)), Repr.I32);
        });
        body.push(w.if(w.i32_lt_s(w.local_get(k, I), w.i32_const(0)), w.block(null, stepped), w.block(null, indexed)));
        store(A, w.local_get(t, X), Repr.Ref);
        return;
      }
      default:
        if (INLINE.has(op)) throw new Ineligible(pc, `unsupported instruction ${ROWS[op].name}`);
        exec(pc);
        return;
    }
  };

  /** The array mirror at `addr` (a local) exists and is a plain array's (MIRROR_PLAIN). */
  const plainArray = (addr: number): Expr =>
    w.if(w.i32_ge_s(w.local_get(addr, I), w.i32_const(0)), w.i32_load(MIRROR_PLAIN, w.local_get(addr, I)), w.i32_const(0));
  /** Per builtin method, the method epoch in which its prototype was last found to hold it (0: not yet). */
  const builtinMethodChecked = new Map<ArrayIntrinsic | StringIntrinsic, number>();
  /** Array.prototype or String.prototype still holds the builtin `name`: asked once per method epoch (the `amethod` import). */
  const builtinMethodHeld = (name: ArrayIntrinsic | StringIntrinsic): Expr => {
    let checked = builtinMethodChecked.get(name);
    if (checked === undefined) builtinMethodChecked.set(name, (checked = addLocal(I)));
    return w.if(w.i32_eq(w.local_get(checked, I), getCell(METHOD_EPOCH_CELL)), w.i32_const(1),
      w.if(call('amethod', [w.i32_const(METHOD_INTRINSIC_NAMES.indexOf(name))], I),
        w.block(null, [w.local_set(checked, getCell(METHOD_EPOCH_CELL)), w.i32_const(1)], I), w.i32_const(0)));
  };
  /**
   * `a.push(v)` and `a.pop()` on a's mirror: when the mirror says a is a plain
   * array (MIRROR_PLAIN: its methods are Array.prototype's) and Array.prototype
   * still holds the builtin (asked once per method epoch, the `amethod`
   * import), the element goes in at the length (a full mirror moves to a
   * larger place first, `agrow`) or comes out from below it. Anything else
   * (no mirror, another array, an empty one, a replaced method) runs the call
   * in the host, whose result the call's type stashes if it does not fit.
   */
  const arrayIntrinsic = (pc: number, A: number, B: number, name: ArrayIntrinsic, kind: number, ready: Expr): void => {
    const push = name === 'push';
    const elementRepr = kind === MIRROR_BOOLEANS ? Repr.Bool : Repr.F64;
    const resultRepr = push ? Repr.I32 : elementRepr;
    // the pushed value as the mirror holds it, before anything changes
    const v = push ? temp(Repr.F64) : -1;
    if (push) {
      const x = argumentsOf(code, pc)[0];
      body.push(w.local_set(v, kind === MIRROR_BOOLEANS ? w.f64_convert_i32_u(val(x, Repr.Bool, pc)) : val(x, Repr.F64, pc)));
    }
    const cache = mirrorCaches.get(B)!.get(kind)!;
    const addr = cache.addr;
    const fast = temp(Repr.I32);
    const length = temp(Repr.I32);
    const result = temp(resultRepr);
    const dirty = (): Expr => w.i32_store(MIRROR_DIRTY, w.local_get(addr, I), w.i32_const(1));
    const setLength = (e: Expr): Expr => w.i32_store(MIRROR_LENGTH, w.local_get(addr, I), e);
    let work: Expr[];
    if (push) {
      work = [
        w.if(w.i32_ge_u(w.i32_load(MIRROR_LENGTH, w.local_get(addr, I)), w.i32_load(MIRROR_CAPACITY, w.local_get(addr, I))), w.block(null, [
          w.local_set(addr, call('agrow', [val(B, Repr.Ref, pc)], I)),
          w.local_set(cache.epoch, getCell(EPOCH_CELL)),
        ])),
        w.if(w.i32_ge_s(w.local_get(addr, I), w.i32_const(0)), w.block(null, [
          w.local_set(length, w.i32_load(MIRROR_LENGTH, w.local_get(addr, I))),
          w.f64_store(MIRROR_ELEMENTS, elementAddress(addr, length), w.local_get(v, F)),
          w.local_set(result, w.i32_add(w.local_get(length, I), w.i32_const(1))),
          setLength(w.local_get(result, I)),
          dirty(),
          w.local_set(fast, w.i32_const(1)),
        ])),
      ];
    } else {
      const element = w.f64_load(MIRROR_ELEMENTS, elementAddress(addr, length));
      work = [
        w.local_set(length, w.i32_load(MIRROR_LENGTH, w.local_get(addr, I))),
        w.if(w.i32_ne(w.local_get(length, I), w.i32_const(0)), w.block(null, [
          w.local_set(length, w.i32_sub(w.local_get(length, I), w.i32_const(1))),
          w.local_set(result, kind === MIRROR_BOOLEANS ? w.f64_ne(element, w.f64_const(0)) : element),
          setLength(w.local_get(length, I)),
          dirty(),
          w.local_set(fast, w.i32_const(1)),
        ])),
      ];
    }
    body.push(w.local_set(fast, w.i32_const(0)));
    body.push(w.if(ready, w.block(null, work)));
    unlessFast(fast, () => callInHost(pc, A, result, resultRepr, BUILTIN_METHOD_RESULT));
    if (A < n && repr[A] !== Repr.None) store(A, w.local_get(result, wt(resultRepr)), resultRepr);
  };
  /**
   * A call compiled against particular callees, made as the VM makes it
   * instead (exec writes every mirror back first): its result into the local
   * `result` in the compiled type, else stashed for a deopt after the call
   * (`reason`). The slow path of builtins compiled in place and of
   * polymorphic calls.
   */
  const callInHost = (pc: number, A: number, result: number, resultRepr: Repr, reason: string): void => {
    for (const r of readsOf(code, pc)) if (r < n) body.push(flush(r, pc));
    const e = call('exec', [w.i32_const(unit), w.i32_const(pc), ...frameArgs()], X);
    if (A >= n || repr[A] === Repr.None) body.push(w.drop(e));
    else if (resultRepr === Repr.Ref) body.push(w.local_set(result, e));
    else {
      body.push(w.local_set(result, call(`typed_${SUFFIX[resultRepr]}`, [e], wt(resultRepr))));
      stashCheck(pc, reason, REPR_NAMES[resultRepr], A);
    }
  };
  /**
   * `s.charCodeAt(k)` with an int32 k: one pure host call (`charcode`, after
   * asking once per method epoch that String.prototype holds the builtin; as
   * CallThis, `charcode_of` compares the method read with the builtin) that
   * answers -1 when s is no string or k is out of range; the host runs the
   * call then (NaN, another object's method).
   */
  const charCodeAt = (pc: number, A: number, method: number): void => {
    const k = argumentsOf(code, pc)[0];
    const result = temp(Repr.I32);
    const s = receiverOf(code, pc);
    if (reprOf(k) !== Repr.I32) body.push(w.local_set(result, w.i32_const(-1)));
    else if (method < 0) {
      body.push(w.local_set(result, w.if(builtinMethodHeld('charCodeAt'), call('charcode', [val(s, Repr.Ref, pc), val(k, Repr.I32, pc)], I), w.i32_const(-1))));
    } else body.push(w.local_set(result, call('charcode_of', [val(method, Repr.Ref, pc), val(s, Repr.Ref, pc), val(k, Repr.I32, pc)], I)));
    body.push(w.if(w.i32_lt_s(w.local_get(result, I), w.i32_const(0)), w.block(null, emitted(() => callInHost(pc, A, result, Repr.I32, BUILTIN_METHOD_RESULT)))));
    if (A < n && repr[A] !== Repr.None) store(A, w.local_get(result, I), Repr.I32);
  };

  /** A Math function as its WebAssembly instruction (the caller has guarded the function). */
  const intrinsic = (pc: number, A: number, name: Intrinsic, args: number[]): void => {
    if (!(name in INTRINSICS)) throw new Error(`jit: ${name} is not a Math function`);
    if (name === 'imul') {
      // (its arguments converted by ToInt32, as JS does)
      const int = (i: number): Expr =>
        reprOf(args[i]) === Repr.I32 ? val(args[i], Repr.I32, pc) : call('toint32', [val(args[i], Repr.F64, pc)], I);
      store(A, w.i32_mul(int(0), int(1)), Repr.I32);
      return;
    }
    const x = (i: number) => val(args[i], Repr.F64, pc);
    const e = name === 'sqrt' ? w.f64_sqrt(x(0)) : name === 'abs' ? w.f64_abs(x(0)) : name === 'floor' ? w.f64_floor(x(0))
      : name === 'ceil' ? w.f64_ceil(x(0)) : name === 'trunc' ? w.f64_trunc(x(0)) : name === 'min' ? w.f64_min(x(0), x(1)) : w.f64_max(x(0), x(1));
    store(A, e, Repr.F64);
  };
  /**
   * A direct call of a compiled function (CallGlobal, CallMethod, CallThis): the typed
   * arguments, the shadow-stack entry, depth and fuel, then the result, whose
   * type the callee promised (else the host stashed it and this deopts after
   * the call). `closure` null: the callee's unit's own function.
   */
  const directCall = (pc: number, A: number, target: CallTarget & { kind: 'self' | 'direct' }, args: number[], closure: Expr, thisValue: Expr, thisRegister = -1): void => {
    const argc = args.length;
    const ps = target.kind === 'self' ? params : target.params;
    const rt = target.kind === 'self' ? ret : target.ret;
    // the depth once in a local: checked, the shadow stack's slot, and restored after the call
    // (a callee returns with the depth it was called at)
    const depth = temp(Repr.I32);
    body.push(w.local_set(depth, getCell(DEPTH_CELL)));
    guard(w.i32_ge_s(w.local_get(depth, I), w.i32_const(input.maxDepth)), pc, 'call depth', 'below the limit');
    const hidden = [w.i32_const(0), closure, thisValue, w.ref_null()];
    const argExprs = ps.map((p, i) => {
      if (i < argc) return val(args[i], p, pc);
      if (p !== Repr.Ref) throw new Ineligible(pc, 'missing argument for a typed parameter');
      return w.global_get('undef', X);
    });
    // evaluate (and guard) the arguments before the call bookkeeping
    const argTemps = argExprs.map((e, i) => {
      const t = temp(ps[i]);
      body.push(w.local_set(t, e));
      return w.local_get(t, wt(ps[i]));
    });
    // the shadow stack: slot[depth] = (this unit, this call's pc), read back by the host
    // to rebuild the frames of compiled calls for stack traces and deopts (jit.ts)
    // one 64-bit store: unit in the low word, pc in the high one (little-endian: unit at +0, pc at +4)
    body.push(w.i64_store(SHADOW_STACK, w.i32_shl(w.local_get(depth, I), w.i32_const(3)), w.i64_const(unit, pc)));
    body.push(setCell(DEPTH_CELL, w.i32_add(w.local_get(depth, I), w.i32_const(1))), ...callTick());
    const callee = target.kind === 'self' ? unit : target.unit;
    if (input.probe) body.push(call('penter', [w.i32_const(callee)], N));
    // the receiver's and the arguments' slot mirrors, when this function has their addresses in the current epoch
    const knownMirror = (r: number): Expr => {
      const known = r >= 0 ? mirrorCaches.get(r)?.get(MIRROR_OBJECT) : undefined;
      // (none, also NOT_MIRRORED_YET, passes 0: the callee asks for it itself)
      return known === undefined ? w.i32_const(0)
        : w.select(w.i32_and(w.i32_eq(w.local_get(known.epoch, I), getCell(EPOCH_CELL)), w.i32_ge_s(w.local_get(known.addr, I), w.i32_const(0))),
          w.i32_add(w.local_get(known.addr, I), w.i32_const(1)), w.i32_const(0));
    };
    const argMirrors = ps.map((p, i) => (i < argc && p === Repr.Ref ? knownMirror(args[i]) : w.i32_const(0)));
    const argIndices = ps.map((p, i) => {
      if (i >= argc || p !== Repr.Ref || (args[i] < n && !indexCaches.has(args[i])) || (args[i] >= n && fixedIndex(args[i]) < 0)) return w.i32_const(0);
      const { known, word } = knownIndex(args[i]);
      return w.select(known, word, w.i32_const(0));
    });
    const t = temp(rt);
    body.push(w.local_set(t, call(target.kind === 'self' ? wasmName : `fn_${target.unit}`, [...hidden, ...argTemps, knownMirror(thisRegister), ...argMirrors, ...argIndices], wt(rt))));
    // the result's slot mirror and index, as the callee's return left them (-1 / 0: none known)
    const resultCache = rt === Repr.Ref ? mirrorCaches.get(A)?.get(MIRROR_OBJECT) : undefined;
    const returned = resultCache === undefined ? -1 : temp(Repr.I32);
    if (returned >= 0) body.push(w.local_set(returned, getCell(MIRRORED_CELL)));
    const resultIndex = rt === Repr.Ref ? indexCaches.get(A) : undefined;
    const returnedIndex = resultIndex === undefined ? -1 : temp(Repr.I32);
    if (returnedIndex >= 0) body.push(w.local_set(returnedIndex, getCell(RETURNED_INDEX_CELL)));
    if (input.probe) body.push(call('pexit', [], N));
    body.push(setCell(DEPTH_CELL, w.local_get(depth, I)));
    stashCheck(pc, 'call result type', REPR_NAMES[rt], A);
    store(A, w.local_get(t, wt(rt)), rt);
    if (resultCache !== undefined) {
      body.push(w.local_set(resultCache.addr, w.local_get(returned, I)),
        w.local_set(resultCache.epoch, w.select(w.i32_ge_s(w.local_get(returned, I), w.i32_const(0)), getCell(EPOCH_CELL), w.i32_const(0))));
    }
    if (resultIndex !== undefined) {
      body.push(w.local_set(resultIndex.index, w.i32_sub(w.local_get(returnedIndex, I), w.i32_const(1))),
        w.local_set(resultIndex.epoch, w.select(w.local_get(returnedIndex, I), getCell(EPOCH_CELL), w.i32_const(0))));
    }
  };

  /**
   * A polymorphic method call (Jit.polymorphicTarget): the host says which of
   * the site's compiled methods the receiver's prototype chain holds (`pmethod`,
   * through the inline cache's entries, nothing run), or, for a CallThis, which
   * one the method read is (`pcallee`), and that one is called directly; any
   * other calls through the VM (its result stashed when it does not fit the
   * methods' common type).
   */
  const polymorphicCall = (pc: number, A: number, receiver: number, target: CallTarget & { kind: 'poly' }, method = -1): void => {
    const recv = temp(Repr.Ref);
    body.push(w.local_set(recv, val(receiver, Repr.Ref, pc)));
    const which = temp(Repr.I32);
    const first = w.i32_const(target.targets[0].callee!);
    const count = w.i32_const(target.targets.length);
    const cell = methodCacheAt.get(pc);
    const mirrored = mirrorCaches.get(receiver)?.has(MIRROR_OBJECT) === true;
    if (method < 0 && cell !== undefined && mirrored && target.targets.length <= POLY_SHAPES.length) {
      // which method the receiver's shape found last in this method epoch (richards' `this.task.run(packet)`
      // asked the host at every call, 26,000 times per run); else the host, whose answer is kept
      const addr = mirrorAddress(receiver, MIRROR_OBJECT, pc);
      const shape = temp(Repr.I32);
      body.push(w.local_set(shape, w.if(w.i32_ge_s(w.local_get(addr, I), w.i32_const(0)),
        w.i32_add(w.i32_load(OBJECT_SHAPE, w.local_get(addr, I)), w.i32_const(1)), w.i32_const(0))));
      const word = (offset: number): Expr => w.i32_load(cell + offset, w.i32_const(0));
      const inEpoch = (): Expr => w.i32_eq(word(CACHE_EPOCH), getCell(METHOD_EPOCH_CELL));
      let found: Expr = w.i32_const(-1);
      for (let i = target.targets.length - 1; i >= 0; i--) found = w.select(w.i32_eq(w.local_get(shape, I), word(POLY_SHAPES[i])), w.i32_const(i), found);
      body.push(w.local_set(which, w.if(w.i32_and(w.i32_ne(w.local_get(shape, I), w.i32_const(0)), inEpoch()), found, w.i32_const(-1))));
      const remember: Expr[] = [
        w.if(w.i32_eqz(inEpoch()), w.block(null, [
          ...target.targets.map((_, i) => w.i32_store(cell + POLY_SHAPES[i], w.i32_const(0), w.i32_const(0))),
          w.i32_store(cell + CACHE_EPOCH, w.i32_const(0), getCell(METHOD_EPOCH_CELL)),
        ])),
        ...target.targets.map((_, i) => w.if(w.i32_eq(w.local_get(which, I), w.i32_const(i)), w.i32_store(cell + POLY_SHAPES[i], w.i32_const(0), w.local_get(shape, I)))),
      ];
      body.push(w.if(w.i32_lt_s(w.local_get(which, I), w.i32_const(0)), w.block(null, [
        w.local_set(which, call('pmethod', [w.i32_const(unit), w.i32_const(pc), first, count, w.local_get(recv, X)], I)),
        w.if(w.i32_and(w.i32_ge_s(w.local_get(which, I), w.i32_const(0)), w.i32_ne(w.local_get(shape, I), w.i32_const(0))), w.block(null, remember)),
      ])));
    } else {
      body.push(w.local_set(which, method < 0 ? call('pmethod', [w.i32_const(unit), w.i32_const(pc), first, count, w.local_get(recv, X)], I)
        : call('pcallee', [w.i32_const(unit), first, count, val(method, Repr.Ref, pc)], I)));
    }
    const result = temp(target.ret);
    const args = argumentsOf(code, pc);
    // (each branch stores A: the store's bookkeeping runs in every branch, the value is the call's)
    let chain = w.block(null, emitted(() => {
      callInHost(pc, A, result, target.ret, 'call result type');
      if (A < n && repr[A] !== Repr.None) store(A, w.local_get(result, wt(target.ret)), target.ret);
    }));
    for (let i = target.targets.length - 1; i >= 0; i--) {
      const d = target.targets[i];
      const direct = w.block(null, emitted(() => directCall(pc, A, d, args, calleeConstant(d.callee!), w.local_get(recv, X), receiver)));
      chain = w.if(w.i32_eq(w.local_get(which, I), w.i32_const(i)), direct, chain);
    }
    body.push(chain);
  };

  /** The condition of a conditional branch at `pc` (as an i32), after emitting its guards. */
  const condition = (pc: number): Expr => {
    emitting = pc;
    const op = code[pc] as Op;
    const A = code[pc + 1], B = code[pc + 2];
    const site = siteOf(code, pc);
    switch (op) {
      case Op.JumpIfTrue: case Op.LoopIfTrue: return truthy(A, pc);
      case Op.JumpIfFalse: return w.i32_eqz(truthy(A, pc));
      case Op.ForOfNext: {
        // the pair holds the array and the next index (ForOfStart), or an iterator and -1, stepped in the
        // host (one the VM made before an OSR entry is declined: the VM steps it)
        const s = B;
        const done = temp(Repr.I32);
        const stepped = emitted(() => {
          const t = temp(Repr.Ref);
          body.push(w.local_set(t, call('iterstep', [val(s, Repr.Ref, pc)], X)));
          declinedCheck(pc, 'iteration', 'an iterator of a string, a Map or a Set');
          body.push(w.local_set(done, getCell(ITERATION_DONE_CELL)));
          const value = emitted(() => store(A, w.local_get(t, X), Repr.Ref));
          body.push(w.if(w.i32_eqz(w.local_get(done, I)), w.block(null, value)));
        });
        const indexed = emitted(() => {
          // the length and the element from the array's reference mirror when it has one (as a GetElem
          // of references), else from the host
          const addr = mirrorAddress(s, MIRROR_REFERENCES, pc);
          const len = temp(Repr.I32);
          body.push(w.if(w.i32_ge_s(w.local_get(addr, I), w.i32_const(0)),
            w.local_set(len, w.i32_load(MIRROR_LENGTH, w.local_get(addr, I))),
            w.block(null, emitted(() => {
              body.push(w.local_set(len, call('length', [val(s, Repr.Ref, pc)], I)));
              failCheck(pc, 'for-of over an array', 'an array');
            }))));
          body.push(w.local_set(done, w.i32_ge_s(val(s + 1, Repr.I32, pc), w.local_get(len, I))));
          // the element (a hole fails the read: the VM reads it as undefined), then the index moves on
          const next = emitted(() => {
            const t = temp(Repr.Ref);
            const k = temp(Repr.I32);
            body.push(w.local_set(k, val(s + 1, Repr.I32, pc)));
            const fast = temp(Repr.I32);
            body.push(w.local_set(fast, w.i32_const(0)));
            referenceElement(A, s, k, addr, t, fast, pc);
            store(s + 1, w.i32_add(w.local_get(k, I), w.i32_const(1)), Repr.I32);
          });
          body.push(w.if(w.i32_eqz(w.local_get(done, I)), w.block(null, next)));
        });
        body.push(w.if(w.i32_lt_s(val(s + 1, Repr.I32, pc), w.i32_const(0)), w.block(null, stepped), w.block(null, indexed)));
        return w.local_get(done, I);
      }
      case Op.JumpIfNullish: case Op.JumpIfNotNullish: case Op.JumpIfUndefined: case Op.JumpIfNotUndefined: {
        const positive = op === Op.JumpIfNullish || op === Op.JumpIfUndefined;
        if (reprOf(A) !== Repr.Ref) return w.i32_const(positive ? 0 : 1);
        const e = call(op === Op.JumpIfNullish || op === Op.JumpIfNotNullish ? 'nullish' : 'isundef', [val(A, Repr.Ref, pc)], I);
        return positive ? e : w.i32_eqz(e);
      }
      case Op.JumpIfInt: {
        const t = reprOf(A);
        if (t === Repr.I32) return w.i32_eq(val(A, Repr.I32, pc), w.i32_const(B));
        if (t === Repr.F64) return w.f64_eq(val(A, Repr.F64, pc), w.f64_const(B));
        if (t === Repr.Bool) return w.i32_const(0);
        return call('seq', [val(A, Repr.Ref, pc), call('box_i32', [w.i32_const(B)], X)], I);
      }
      case Op.JumpIfLt: case Op.LoopIfLt: return compare(Op.Lt, A, B, site, pc);
      case Op.JumpIfLe: case Op.LoopIfLe: return compare(Op.Le, A, B, site, pc);
      case Op.JumpIfGt: case Op.LoopIfGt: return compare(Op.Gt, A, B, site, pc);
      case Op.JumpIfGe: case Op.LoopIfGe: return compare(Op.Ge, A, B, site, pc);
      case Op.JumpIfEq: return compare(Op.Eq, A, B, site, pc);
      case Op.JumpIfNe: case Op.LoopIfNe: return compare(Op.Ne, A, B, site, pc);
      case Op.JumpIfStrictEq: return compare(Op.StrictEq, A, B, site, pc);
      case Op.JumpIfStrictNe: case Op.LoopIfStrictNe: return compare(Op.StrictNe, A, B, site, pc);
      case Op.JumpIfNotLt: return w.i32_eqz(compare(Op.Lt, A, B, site, pc));
      case Op.JumpIfNotLe: return w.i32_eqz(compare(Op.Le, A, B, site, pc));
      case Op.JumpIfNotGt: return w.i32_eqz(compare(Op.Gt, A, B, site, pc));
      case Op.JumpIfNotGe: return w.i32_eqz(compare(Op.Ge, A, B, site, pc));
      default: throw new Error(`jit: not a conditional branch: ${ROWS[op].name}`);
    }
  };

  // ---- blocks and the relooper ------------------------------------------------------
  const relooper = w.relooper();
  const rblocks: number[] = [];
  const edges: (() => void)[] = [];
  analysis.blocks.forEach((blk, bi) => {
    body = [];
    blockBody = body;
    proved = new Map();
    provedRegisters = new Set();
    adopting.clear();
    let last = blk.start;
    for (const { array } of fresh.values()) if (analysis.liveIn[bi][array] === 0) dropFreshMirror(array);
    for (let pc = blk.start; pc < blk.end; pc += instructionSize(code, pc)) {
      last = pc;
      const op = code[pc] as Op;
      if (BRANCHES.has(op)) break;
      emit(pc);
      for (const r of freshDeaths.get(pc) ?? []) dropFreshMirror(r);
    }
    const op = code[last] as Op;
    let hasCond = false;
    if (BRANCHES.has(op) && op !== Op.Jump && op !== Op.Loop) {
      body.push(w.local_set(COND, condition(last)));
      hasCond = true;
    }
    rblocks[bi] = relooper.addBlock(w.block(null, body));
    if (op === Op.Return) return;
    const target = BRANCHES.has(op) ? analysis.blockAt.get(targetOf(code, last))! : -1;
    const fall = blk.end < code.length ? analysis.blockAt.get(blk.end)! : -1;
    const backEdge = (): Expr => {
      const saved = body;
      // fuel runs out about every ten thousand back-edges: the outermost activation then leaves and
      // enters again at this loop header (see TIER_UP_REENTRY), the rest just refuel; a loop that
      // cannot be entered at its header (a nested for-of, Analysis.loopHeaders) only refuels
      const header = targetOf(code, last);
      // (the tick: FUEL_DEBT + 1, the cell only every FUEL_DEBT_LIMIT back-edges)
      const spent = addLocal(I);
      const tick = localFuel
        ? w.block(null, [
          w.local_set(spent, w.i32_const(0)),
          w.local_set(FUEL_DEBT, w.i32_add(w.local_get(FUEL_DEBT, I), w.i32_const(1))),
          w.if(w.i32_ge_s(w.local_get(FUEL_DEBT, I), w.i32_const(FUEL_DEBT_LIMIT)), w.block(null, [
            ...payFuelDebt(),
            w.local_set(spent, w.i32_le_s(getCell(FUEL_CELL), w.i32_const(0))),
          ])),
        ])
        : setCell(FUEL_CELL, w.local_tee(spent, w.i32_sub(getCell(FUEL_CELL), w.i32_const(1)), I));
      const out = localFuel ? w.local_get(spent, I) : w.i32_le_s(w.local_get(spent, I), w.i32_const(0));
      if (!analysis.loopHeaders.includes(header)) {
        // (the re-entry waits for the next back-edge to a header it can enter at)
        body = [tick, w.if(out, w.block(null, [call('refuel', [], N), w.local_set(REENTER, w.i32_const(1))]))];
      } else {
        body = [tick];
        const fuelOut = body;
        body = reentryDeferred ? [w.local_set(REENTER, w.i32_const(0))] : [];
        guard(call('refuel_loop', [], I), header, TIER_UP_REENTRY, '-');
        fuelOut.push(w.if(reentryDeferred ? w.i32_or(out, w.local_get(REENTER, I)) : out, w.block(null, body)));
        body = fuelOut;
      }
      if (input.stress) guard(w.i32_const(0), targetOf(code, last), 'stress (back-edge)', '-');
      const e = w.block(null, body);
      body = saved;
      return e;
    };
    edges.push(() => {
      if (op === Op.Jump) relooper.addBranch(rblocks[bi], rblocks[target], 0, 0);
      else if (op === Op.Loop) relooper.addBranch(rblocks[bi], rblocks[target], 0, backEdge());
      else if (hasCond) {
        relooper.addBranch(rblocks[bi], rblocks[target], w.local_get(COND, I), isLoopBranch(op) ? backEdge() : 0);
        if (fall >= 0) relooper.addBranch(rblocks[bi], rblocks[fall], 0, 0);
      } else if (fall >= 0) relooper.addBranch(rblocks[bi], rblocks[fall], 0, 0);
    });
  });
  // a call: generic registers start as undefined, `this` from the call, the context from the closure
  const prologue: Expr[] = [];
  for (let r = 0; r < n; r++) {
    if (repr[r] !== Repr.Ref || fc.argumentRegisters.includes(r)) continue;
    prologue.push(w.local_set(localOf[r], r === fc.thisRegister ? w.local_get(THIS, X) : w.global_get('undef', X)));
  }
  if (analysis.usesContext) prologue.push(w.if(w.ref_is_null(w.local_get(CTX, X)), w.local_set(CTX, call('ctxof', [w.i32_const(unit), w.local_get(FN, X)], X))));
  // `this`'s and the arguments' slot mirrors from a compiled caller: no omirror call for them in this activation
  const fromCaller = (r: number, param: number): void => {
    const cache = r >= 0 ? mirrorCaches.get(r)?.get(MIRROR_OBJECT) : undefined;
    if (cache === undefined) return;
    prologue.push(w.if(w.local_get(param, I), w.block(null, [
      w.local_set(cache.addr, w.i32_sub(w.local_get(param, I), w.i32_const(1))),
      w.local_set(cache.epoch, getCell(EPOCH_CELL)),
    ])));
  };
  fromCaller(fc.thisRegister, THIS_MIRROR);
  fc.argumentRegisters.forEach((r, i) => fromCaller(r, ARG_MIRRORS + i));
  fc.argumentRegisters.forEach((r, i) => {
    const c = indexCaches.get(r);
    if (c === undefined) return;
    prologue.push(w.if(w.local_get(ARG_INDICES + i, I), w.block(null, [
      w.local_set(c.index, w.i32_sub(w.local_get(ARG_INDICES + i, I), w.i32_const(1))),
      w.local_set(c.epoch, getCell(EPOCH_CELL)),
    ])));
  });
  const entry = relooper.addBlock(w.nop());
  const callEntry = relooper.addBlock(w.block(null, prologue.length ? prologue : [w.nop()]));
  for (const e of edges) e();
  relooper.addBranch(entry, callEntry, 0, 0);
  relooper.addBranch(callEntry, rblocks[0], 0, 0);
  // on-stack replacement (osr = header pc + 1): load the registers live at that loop header from
  // the host, which checked their types against these representations before entering (jit.ts)
  for (const h of analysis.loopHeaders) {
    const hb = analysis.blockAt.get(h)!;
    const loads: Expr[] = [];
    for (let r = 0; r < n; r++) {
      const t = repr[r];
      if (t === Repr.None) continue;
      if (analysis.liveIn[hb][r]) loads.push(w.local_set(localOf[r], call(`ld_${SUFFIX[t]}`, [w.i32_const(unit), w.i32_const(origOf[r])], wt(t))));
      else if (t === Repr.Ref) loads.push(w.local_set(localOf[r], w.global_get('undef', X)));
    }
    const osrBlock = relooper.addBlock(w.block(null, loads.length ? loads : [w.nop()]));
    relooper.addBranch(entry, osrBlock, w.i32_eq(w.local_get(OSR, I), w.i32_const(h + 1)), 0);
    relooper.addBranch(osrBlock, rblocks[hb], 0, 0);
  }
  const rendered = relooper.renderAndDispose(entry, LABEL);
  // (the exit makes every register current itself)
  emitting = -1;

  // the deopt exit: write every register back, let the host finish the call in the VM
  // (a split web holds its VM register's value only between its definition and its last use)
  const exit: Expr[] = [w.block('deopt', [rendered, w.unreachable()]), ...payFuelDebt()];
  const splitOf = new Map(input.splits.map((sp) => [sp.vreg, sp]));
  for (let r = 0; r < n; r++) {
    if (repr[r] === Repr.None || splitOf.has(r)) continue;
    exit.push(call(`st_${SUFFIX[repr[r]]}`, [w.i32_const(unit), w.i32_const(origOf[r]), repr[r] === Repr.Ref ? current(r) : w.local_get(localOf[r], wt(repr[r]))], N));
  }
  for (const sp of input.splits) {
    const t = repr[sp.vreg];
    if (t === Repr.None) continue;
    const inRange = w.i32_and(w.i32_gt_s(w.local_get(DPC, I), w.i32_const(sp.def)), w.i32_le_s(w.local_get(DPC, I), w.i32_const(sp.last)));
    exit.push(w.if(inRange, call(`st_${SUFFIX[t]}`, [w.i32_const(unit), w.i32_const(sp.orig), t === Repr.Ref ? current(sp.vreg) : w.local_get(localOf[sp.vreg], wt(t))], N)));
  }
  if (ret === Repr.Ref) {
    // (the VM finished the call: no slot-mirror address for a compiled caller, see Op.Return)
    const v = addLocal(X);
    exit.push(w.local_set(v, call(`deopt_${SUFFIX[ret]}`, [w.i32_const(unit), w.local_get(DPC, I), w.local_get(WHY, I), ...frameArgs()], wt(ret))));
    exit.push(setCell(MIRRORED_CELL, w.i32_const(-1)), setCell(RETURNED_INDEX_CELL, w.i32_const(0)), w.return(w.local_get(v, X)));
  } else exit.push(w.return(call(`deopt_${SUFFIX[ret]}`, [w.i32_const(unit), w.local_get(DPC, I), w.local_get(WHY, I), ...frameArgs()], wt(ret))));
  w.addFunction(wasmName, paramTypes, wt(ret), localTypes, w.block(null, exit, wt(ret)));
  w.addFunctionExport(wasmName, 'run');
  w.removeUnusedImports();
  const binary = w.finish(optimize);
  const text = input.keepText ? w.emitText() : '';
  w.dispose();
  return { binary, text, guards };
}
