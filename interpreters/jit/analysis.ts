// What the code generator needs to know about one function's bytecode before
// emitting anything: eligibility (a function compiles unless it has an
// instruction compiled code cannot run; `reason` says which), its blocks and
// liveness (flow.ts), its loop headers (OSR entries), one representation per
// register inferred as a fixpoint over the writes and the VM's type feedback
// (see types.ts), and whether compiling it would pay (profitability).

import type { CompiledCode } from './webs.js';
import type { ArrayIntrinsic, Intrinsic } from './codegen.js';
import { feedbackBytes, TypeBits } from '../vm/feedback.js';
import { instructionSize, Op, ROWS } from '../vm/opcodes.js';
import { BRANCHES, flowOf, forEachRead, isLoopBranch, loopsOf, targetOf } from './flow.js';
import { fromFeedback, join, numericOrNone, Repr, reprOfValue } from './types.js';
import type { Value } from '../../src/runtime/values.js';
import { type FreshArray, freshArrays } from './fresh-arrays.js';

export class Ineligible extends Error {
  constructor(readonly pc: number, reason: string) {
    super(reason);
  }
}

/**
 * Ineligible by the cost model (not by what it contains): the verdict can
 * change when the facts do. `asCallee`: it would pay if only compiled code
 * called it (no entry from the VM).
 */
export class Unprofitable extends Ineligible {
  constructor(pc: number, reason: string, readonly asCallee: boolean) {
    super(pc, reason);
  }
}


/** Instructions codegen.ts compiles inline (typed arithmetic, branches, accessors with a fast path). */
export const INLINE = new Set<Op>([
  ...BRANCHES, Op.Move, Op.LoadInt, Op.Return, Op.ToPropertyKey,
  Op.Add, Op.Sub, Op.Mul, Op.Div, Op.Mod, Op.BitAnd, Op.BitOr, Op.BitXor, Op.Shl, Op.Shr, Op.UShr,
  Op.Lt, Op.Gt, Op.Le, Op.Ge, Op.Eq, Op.Ne, Op.StrictEq, Op.StrictNe,
  Op.Neg, Op.ToNumber, Op.ToNumeric, Op.Inc, Op.Dec, Op.BitNot, Op.Not,
  Op.GetElem, Op.SetElem, Op.GetLength, Op.GetNamed, Op.SetNamed, Op.CallGlobal, Op.LoadGlobal, Op.ForOfStart, Op.IterStart, Op.IterNext, Op.SuperGet, Op.TemplateAppend, Op.TypeOf,
  Op.PushContext, Op.PopContext, Op.CopyContext, Op.SaveContext, Op.RestoreContext, Op.LoadContext, Op.StoreContext,
]);

/**
 * Instructions compiled code cannot run at all, with the reason: they jump
 * (for-in), write two registers (a rest element in an array pattern), or
 * change frame state compiled code does not keep (`this` in a derived
 * constructor, field keys, a pending exception). (for-of and array patterns
 * are compiled: codegen.ts steps an array by index as the VM does, and a
 * string, a Map or a Set by its iterator in the host.)
 * Every other instruction runs through the `exec` import: the VM's own
 * implementation (slow-paths.ts) on a frame standing for the compiled
 * activation, the operands flushed to the host first.
 */
export const NOT_COMPILED = new Map<Op, string>([
  [Op.ForInStart, 'for-in'], [Op.ForInNext, 'for-in'],
  [Op.IterRest, 'a rest element in an array pattern'],
  [Op.SuperCall, 'super()'], [Op.SuperCallSpread, 'super()'], [Op.InitField, 'field initialisers'], [Op.SetFieldKeys, 'field initialisers'],
  [Op.EndFinally, 'finally'], [Op.LoadThis, 'this before super()'],
]);

/** Instructions that read or replace the frame's context (the function keeps it in a local). */
export const CONTEXT_OPS = new Set<Op>([
  Op.PushContext, Op.PopContext, Op.CopyContext, Op.SaveContext, Op.RestoreContext, Op.LoadContext, Op.StoreContext,
]);

export interface Block {
  start: number;
  end: number;
}

export interface Analysis {
  /**
   * Strict comparisons with the constant null ([pc, the other register]):
   * compiled as `ref.is_null` (JS null crosses into WebAssembly as the null
   * externref, and only null does), no host call.
   */
  nullCompares: [number, number][];
  blocks: Block[];
  /** Block index by start pc. */
  blockAt: Map<number, number>;
  /** Representation per register (None: unused; constants get theirs from the value). */
  repr: Repr[];
  ret: Repr;
  /** Per block: registers live at its start (1) — what an OSR entry must load. */
  liveIn: Uint8Array[];
  /** Per block: registers live at its end (1). */
  liveOut: Uint8Array[];
  /**
   * Loop headers (back-edge targets) where on-stack replacement can enter:
   * the headers of outermost loops. An entry into a loop nested in another
   * makes the control flow irreducible, and binaryen's relooper failed on some
   * such graphs (a do-while around another loop, a for-of in a loop: an
   * exception out of binaryen, an internal error). The VM enters at the nest's
   * outermost header instead (jit.ts, backEdge), and so does a tier-up
   * re-entry (codegen.ts, backEdge).
   */
  loopHeaders: number[];
  /** The function keeps a context local (it has context instructions). */
  usesContext: boolean;
  /**
   * Whether calls from the VM may enter it: compiled for a compiled caller
   * only (no entry cost, the caller's mirrors), it may not pay entered from
   * the VM (Jit.call declines those, and the VM keeps running it).
   */
  enteredProfitably: boolean;
  /** GetElem sites that read the same elements again and again (reusedElementReads): their reference mirrors are made at once. */
  reusedReads: Set<number>;
  /** Add and Sub sites whose int32 operands are added with wrap-around, no overflow guard (truncatedArithmetic). */
  wrapping: Set<number>;
  /** `new Array(n).fill(v)` whose array never leaves the function, made in its mirror (fresh-arrays.ts), by the pc of the `new`. */
  fresh: Map<number, FreshArray>;
}


/**
 * Profitability: a cost model with measured constants, per instruction
 * weighted by how often it ran per call so far (loop iterations per call). A call from WebAssembly into the host (an accessor, `exec`,
 * an unboxing, a method guard) costs HOST_CALL_COST VM instructions (wasm-to-JS
 * wrapper plus the host function; measured on queens and towers with every
 * function compiled: 0.47-0.7x the VM's speed); an instruction compiled to pure
 * WebAssembly costs PURE_COST. In the VM an instruction costs 1, except
 * arithmetic giving a double, which allocates a heap number: VM_DOUBLE_COST
 * (measured on nbody: compiled with 48% host calls it still ran 1.5x the VM).
 * A function whose estimated compiled cost is above its cost in the VM stays
 * in the VM. For code without doubles this is the rule "at most ~30% host
 * calls".
 */
const HOST_CALL_COST = 3.2;
const PURE_COST = 0.1;
/**
 * An instruction run by `exec` (a generic call, a builtin): it builds a frame
 * for the host, flushes its operands and writes the mirrors back.
 */
const EXEC_COST = 30;
/**
 * What a compiled caller pays to call a function left in the VM, on top of
 * the VM running it: an exec. A function judged as the callee of compiled
 * code is compiled when it costs less than that (towers' pushDisk and
 * popDiskFrom, 1.1x and 1.7x the VM's cost on their own, kept moveTopDisk and
 * moveDisks calling into the VM, which made all four not worth compiling).
 */
const CALL_INTO_VM_COST = EXEC_COST;
/**
 * What a call of a builtin compiled in place (a Math function, push, pop,
 * charCodeAt) costs the VM, in simple instructions: measured in a VM loop,
 * `h = (h + (k & 15)) | 0` ran 16 ns per iteration (5 instructions, ~3.2 ns
 * each), with `Math.imul(h, 31)` in it 52 ns, and with `s.charCodeAt(k & 15)`
 * (GetNamed and CallThis) 61 ns: a native call is ten simple instructions.
 */
const VM_BUILTIN_CALL_COST = 10;
/**
 * A call entered from the VM (argument checks, the entry's bookkeeping, the
 * mirrors written back on return). Not charged to a leaf without loops (the
 * VM keeps those; compiled callers call them directly) nor to a function that
 * calls itself (its recursion stays in WebAssembly). Measured on graph: a
 * binary heap's push and pop, short loops entered from the VM 6000 times per
 * iteration, ran the benchmark at half the VM's speed compiled.
 */
const ENTRY_COST = 20;
/**
 * An element access through an array mirror: a load and a few checks, plus its
 * share of copying the array in and out at every activation (measured on
 * graph: a binary heap's push and pop, a few elements of a large array per
 * call, ran at half the VM's speed when these counted as pure). Called only
 * from compiled code, a function shares its caller's activation and mirrors
 * (permute's swap: compiled with permute, 1.8x the VM).
 */
const MIRROR_ACCESS_COST = 1.5;
const CALLEE_MIRROR_ACCESS_COST = 0.3;
const VM_DOUBLE_COST = 4;
/**
 * Per object or array an activation entered from the VM mirrors (copied in,
 * its reference registered, written back when it returns). Measured on
 * richards: its tasks' run methods, entered from the VM's scheduler loop
 * 430,000 times with their callees compiled, ran the benchmark at 0.3x the
 * VM's speed: about 250 VM instructions per entry beyond ENTRY_COST, for 1
 * to 11 mirrored objects and arrays each.
 */
const MIRROR_SETUP_COST = 40;
/**
 * Per exec and per object or array the function mirrors: the exec writes the
 * mirrors back, and the next access copies them in again. Measured on json:
 * its hasher's walk, compiled once its callees were, made 10 million execs
 * (typeof, Array.isArray, Object.keys) between reads of mirrored arrays and
 * ran the benchmark at 0.48x the VM's speed (estimated at most 1x without
 * this term, 11x with it).
 */
const REMIRROR_COST = 10;

/** Instructions that compile to pure WebAssembly when their operands are numbers or booleans. */
const PURE = new Set<Op>([
  ...BRANCHES, Op.Move, Op.LoadInt, Op.Return, Op.ToPropertyKey,
  Op.Add, Op.Sub, Op.Mul, Op.Div, Op.Mod, Op.BitAnd, Op.BitOr, Op.BitXor, Op.Shl, Op.Shr, Op.UShr,
  Op.Lt, Op.Gt, Op.Le, Op.Ge, Op.Eq, Op.Ne, Op.StrictEq, Op.StrictNe,
  Op.Neg, Op.ToNumber, Op.ToNumeric, Op.Inc, Op.Dec, Op.BitNot, Op.Not, Op.CallGlobal,
]);
/** Arithmetic whose double result the VM allocates. */
const ARITHMETIC = new Set<Op>([Op.Add, Op.Sub, Op.Mul, Op.Div, Op.Mod, Op.Neg, Op.Inc, Op.Dec]);

export interface Profit {
  /** Loop-weighted share of instructions that would call the host. */
  hostShare: number;
  /** Estimated cost compiled and in the VM (in loop-weighted VM instructions). */
  compiled: number;
  vm: number;
}

/** What an array mirror holds (mirrors.ts): numbers, or booleans as 0 / 1. */
export const MIRROR_NUMBERS = 1;
export const MIRROR_BOOLEANS = 2;
/** An array read as references: its mirror holds 1 + each element's index in the table of references (mirrors.ts). */
export const MIRROR_REFERENCES = 4;
/**
 * Or-ed into MIRROR_REFERENCES by a reused read (reusedElementReads) asking
 * for the array's mirror: made at once, not only once the array keeps being
 * asked for in the activation (Mirrors.address).
 */
export const MIRROR_AT_ONCE = 8;
const REFERENCE_BITS = TypeBits.Array | TypeBits.Object | TypeBits.Other;

/**
 * The kind of array mirror the element access at pc loads or stores (0: it
 * calls the host accessor): a GetElem whose feedback saw numbers or booleans,
 * a SetElem of a number or boolean, with a key that is (or was seen as) a
 * number; a GetElem from arrays of references reads their reference mirror
 * (the host decides whether the array gets one: Mirrors.address). (A SetElem
 * of a reference is 0 here: codegen.ts stores one whose table index it knows
 * into the array's reference mirror, the host any other.) Shared by the code
 * generator and the cost model.
 */
export function mirrorKindAt(code: Int32Array, pc: number, repr: Repr[], feedback: Uint32Array, n: number): number {
  const op = code[pc] as Op;
  if (op !== Op.GetElem && op !== Op.SetElem) return 0;
  const get = op === Op.GetElem;
  const [objectBits, keyBits, resultBits] = feedbackBytes(feedback[siteOf(code, pc)]);
  if ((get ? code[pc + 2] : code[pc + 1]) >= n) return 0;
  const key = get ? code[pc + 3] : code[pc + 2];
  const k = repr[key];
  const numericKey = k === Repr.I32 || k === Repr.F64 || (key < n && k === Repr.Ref && numericOrNone(keyBits));
  if (!numericKey) return 0;
  const t = get ? fromFeedback(resultBits) : repr[code[pc + 3]];
  // (arrays of objects, arrays, null and undefined; a string read would take a new index every time)
  if (get && t === Repr.Ref) return objectBits === TypeBits.Array && (resultBits & ~REFERENCE_BITS) === 0 ? MIRROR_REFERENCES : 0;
  return t === Repr.Bool ? MIRROR_BOOLEANS : t === Repr.I32 || t === Repr.F64 ? MIRROR_NUMBERS : 0;
}

/** The receiver register of a method call: CallMethod's object, CallThis's `this`. */
export function receiverOf(code: Int32Array, pc: number): number {
  return code[pc] === Op.CallMethod ? code[pc + 2] : code[pc + 3];
}

/**
 * For `a.push(x)` as the VM compiles a call whose arguments need evaluating
 * (GetNamed of the method from `a`, the arguments, CallThis with `a` as
 * `this`): the pc of that GetNamed, when it reaches the call on every path
 * (nothing in between jumps in from outside, or writes the method's or the
 * receiver's register); -1 otherwise. Compiled as a pair (codegen.ts,
 * arrayIntrinsic): the read notes whether it found the builtin, the call
 * then works on the mirror.
 */
export function arrayMethodRead(code: Int32Array, pc: number): number {
  if (code[pc] !== Op.CallThis) return -1;
  const method = code[pc + 2];
  const receiver = code[pc + 3];
  const pcs: number[] = [];
  for (let p = 0; p < code.length; p += instructionSize(code, p)) pcs.push(p);
  const at = pcs.indexOf(pc);
  let read = -1;
  for (let i = at - 1; i >= 0; i--) {
    const p = pcs[i];
    if (code[p] === Op.GetNamed && code[p + 1] === method && code[p + 2] === receiver) {
      read = p;
      break;
    }
    const out = writeOf(code, p);
    if (out === method || out === receiver) return -1;
  }
  if (read < 0) return -1;
  for (const p of pcs) {
    if (!BRANCHES.has(code[p] as Op) || (p > read && p < pc)) continue;
    const t = targetOf(code, p);
    if (t > read && t <= pc) return -1;
  }
  return read;
}

/**
 * The mirror a push or pop at pc (a CallMethod of ARRAY_INTRINSICS) works on:
 * numbers or booleans, as its pushed value's type and the receiver
 * register's element reads and writes elsewhere in the function say
 * (they must agree); 0: none (the call goes through the host).
 */
export function arrayIntrinsicKind(code: Int32Array, pc: number, intrinsicAt: (pc: number) => ArrayIntrinsic | undefined, repr: Repr[], feedback: Uint32Array, n: number): number {
  const name = intrinsicAt(pc);
  const receiver = receiverOf(code, pc);
  if (name === undefined || receiver >= n) return 0;
  let kind = 0;
  const meet = (k: number): boolean => {
    if (k === 0 || k === kind) return true;
    if (kind !== 0 || (k !== MIRROR_NUMBERS && k !== MIRROR_BOOLEANS)) return false;
    kind = k;
    return true;
  };
  /** What a push at p (of the same receiver) stores. */
  const pushed = (p: number): number => {
    const v = argumentsOf(code, p)[0];
    const t = v < n ? repr[v] : Repr.Ref;
    return t === Repr.I32 || t === Repr.F64 ? MIRROR_NUMBERS : t === Repr.Bool ? MIRROR_BOOLEANS : -1;
  };
  if (name === 'push' && !meet(pushed(pc))) return 0;
  for (let p = 0; p < code.length; p += instructionSize(code, p)) {
    const op = code[p] as Op;
    const on = op === Op.GetElem ? code[p + 2] : op === Op.SetElem ? code[p + 1] : -1;
    if (on === receiver && !meet(mirrorKindAt(code, p, repr, feedback, n))) return 0;
    // (another push onto the receiver: `a.push(i); t += a.pop()`)
    if (p !== pc && (op === Op.CallMethod || op === Op.CallThis) && receiverOf(code, p) === receiver && intrinsicAt(p) === 'push' && !meet(pushed(p))) return 0;
  }
  return kind;
}

/**
 * GetElem sites that read the same elements again and again: inside a loop
 * inside another loop, from an array register neither loop writes (nbody's
 * `bodies[j]` for every i). The cost model counts only these as reads from a
 * reference mirror: elsewhere the host may find the array not worth one
 * (Mirrors.address: a loop that reads each element once, a sum over an array,
 * a tree walk), and the read calls it.
 */
export function reusedElementReads(code: Int32Array): Set<number> {
  const loops = loopsOf(code);
  const out = new Set<number>();
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    if (code[pc] !== Op.GetElem) continue;
    const around = loops.filter(([header, end]) => header <= pc && pc <= end);
    if (around.length < 2) continue;
    const start = Math.min(...around.map(([h]) => h)), end = Math.max(...around.map(([, e]) => e));
    let written = false;
    for (let p = start; p <= end && !written; p += instructionSize(code, p)) written = writeOf(code, p) === code[pc + 2];
    if (!written) out.add(pc);
  }
  return out;
}

/**
 * A GetNamed read as a number, or a SetNamed of a number, with a receiver in a
 * register: compiled against an own slot (Jit.prepareJob's ownSlots) it loads
 * or stores the object's slot mirror (mirrors.ts).
 */
export function objectMirrored(code: Int32Array, pc: number, repr: Repr[], n: number): boolean {
  const op = code[pc] as Op;
  if (op !== Op.GetNamed && op !== Op.SetNamed) return false;
  const receiver = op === Op.GetNamed ? code[pc + 2] : code[pc + 1];
  const t = op === Op.GetNamed ? repr[code[pc + 1]] : repr[code[pc + 3]];
  return receiver < n && (t === Repr.I32 || t === Repr.F64);
}

/**
 * A GetNamed read as a generic value with a receiver in a register: compiled
 * against an own slot, it reads a reference from the object's slot mirror and
 * the table of references (mirrors.ts, "References").
 */
export function referenceMirrored(code: Int32Array, pc: number, repr: Repr[], n: number): boolean {
  return code[pc] === Op.GetNamed && code[pc + 2] < n && repr[code[pc + 1]] === Repr.Ref;
}

/** The register a `===` / `!==` (value or jump) at pc compares with the constant null, or -1. */
function strictNullOperand(code: Int32Array, pc: number, n: number, template: readonly Value[]): number {
  const op = code[pc] as Op;
  let a: number, b: number;
  if (op === Op.StrictEq || op === Op.StrictNe) [a, b] = [code[pc + 2], code[pc + 3]];
  else if (op === Op.JumpIfStrictEq || op === Op.JumpIfStrictNe || op === Op.LoopIfStrictNe) [a, b] = [code[pc + 1], code[pc + 2]];
  else return -1;
  if (b >= n && template[b] === null && a < n) return a;
  if (a >= n && template[a] === null && b < n) return b;
  return -1;
}

/**
 * GetNamed instructions that read a property the same block wrote through
 * the same register with nothing in between that could write it again (a
 * call, an instruction run by exec, a computed-key write): pc -> the register
 * or constant written. The read is typed as that value (a hint its guard
 * checks): the random generators' `this.seed = (this.seed * 1309 + 13849) &
 * 65535; return this.seed;` read seed as a generic value, so `next()` returned
 * one, boxed through the host at every call (graph: 19,000 per run).
 */
function propertiesReadAfterWrite(code: Int32Array, blocks: readonly Block[], n: number): Map<number, number> {
  const found = new Map<number, number>();
  for (const b of blocks) {
    // `receiver:name` -> the value register (or constant) last written there in this block
    const written = new Map<string, number>();
    for (let pc = b.start; pc < b.end; pc += instructionSize(code, pc)) {
      const op = code[pc] as Op;
      if (op === Op.GetNamed) {
        const v = written.get(`${code[pc + 2]}:${code[pc + 3]}`);
        if (v !== undefined) found.set(pc, v);
      }
      if (op === Op.SetNamed) written.set(`${code[pc + 1]}:${code[pc + 2]}`, code[pc + 3]);
      else if (op !== Op.GetNamed && (!INLINE.has(op) || op === Op.SetElem || op === Op.CallGlobal || op === Op.CallMethod || op === Op.CallThis || op === Op.New)) written.clear();
      const out = writeOf(code, pc);
      if (out >= 0 && out < n) for (const [key, v] of written) if (v === out || key.startsWith(`${out}:`)) written.delete(key);
    }
  }
  return found;
}

/**
 * The SetNamed instructions compiled against an own slot that store their
 * value into the slot mirror with no host call (codegen.ts,
 * indexedReferenceWrite): of null or undefined, or of a value a property
 * read from a slot mirror gave (it holds a reference's index in the table of
 * references, or a number: richards' `this.currentId = this.currentTcb.id`).
 * The value's last write in the same block decides; one written in other
 * blocks counts when every write of its register is such a read.
 */
function slotCopies(code: Int32Array, pcs: number[], blocks: readonly Block[], repr: Repr[], n: number, ownSlots: ProgramFacts['ownSlots'], template: readonly Value[]): Set<number> {
  const fromMirror = (pc: number) => code[pc] === Op.GetNamed && ownSlots.has(pc) && referenceMirrored(code, pc, repr, n);
  const everyWriteFromMirror = new Uint8Array(n).fill(1);
  for (const pc of pcs) {
    const out = writeOf(code, pc);
    if (out >= 0 && out < n && !fromMirror(pc)) everyWriteFromMirror[out] = 0;
  }
  const copies = new Set<number>();
  for (const b of blocks) {
    const lastWrite = new Map<number, number>();
    for (let pc = b.start; pc < b.end; pc += instructionSize(code, pc)) {
      const v = code[pc + 3];
      if (code[pc] === Op.SetNamed && ownSlots.has(pc) && code[pc + 1] < n) {
        const w = lastWrite.get(v);
        if (v >= n ? template[v] === null || template[v] === undefined : w !== undefined ? fromMirror(w) : everyWriteFromMirror[v] === 1) copies.add(pc);
      }
      const out = writeOf(code, pc);
      if (out >= 0) lastWrite.set(out, pc);
    }
  }
  return copies;
}

/**
 * The cost model above over a function's instructions. A fresh array
 * (fresh-arrays.ts) is not copied in or out: its accesses cost what a
 * callee's do, and its fill is the `new`'s.
 */
function profitOf(code: Int32Array, pcs: number[], repr: Repr[], feedback: Uint32Array, n: number, facts: ProgramFacts,
  nullCompares: ReadonlyMap<number, number>, cold: Uint8Array, thisRegister: number, reused: ReadonlySet<number>, fresh: ReadonlyMap<number, FreshArray>,
  copies: ReadonlySet<number>): Profit {
  const freshRegisters = new Set([...fresh.values()].map((f) => f.array));
  const freshFills = new Set([...fresh.values()].map((f) => f.fillPc));
  const { runs, ownSlots } = facts;
  // its recursion stays in WebAssembly
  const selfCalls = pcs.filter((pc) => facts.returnReprOf(pc) === -1);
  const selfRecursive = selfCalls.length > 0;
  // and keeps working on the same object (queens' this.place(row + 1)), whose mirror is made once;
  // a tree walk (bintrees' this.left.check()) mirrors a new object at every call
  const sameThis = selfRecursive && thisRegister >= 0 && selfCalls.every((pc) =>
    (code[pc] === Op.CallMethod && code[pc + 2] === thisRegister) || (code[pc] === Op.CallThis && code[pc + 3] === thisRegister));
  // an instruction weighs what it ran per call so far: 1, or the iterations per call of the
  // innermost loop around it (a loop spans its header to its back-edge)
  const weightAt = new Float64Array(code.length).fill(1);
  const calls = Math.max(1, runs.calls);
  for (const pc of pcs) {
    const op = code[pc] as Op;
    if (!isLoopBranch(op)) continue;
    const iterations = Math.max(1, runs.loopCounts[code[pc + 1 + LOOP_OPERAND[op]]] / calls);
    for (let p = targetOf(code, pc); p <= pc; p++) weightAt[p] = Math.max(weightAt[p], iterations);
  }
  let loops = false;
  // registers whose array has a mirror (their length is read from it)
  const arrays = new Set<number>();
  // registers whose object has a slot mirror (a prototype read through them is cached by their shape)
  const objects = new Set<number>();
  for (const pc of pcs) {
    if (isLoopBranch(code[pc] as Op)) loops = true;
    const indexed = code[pc] === Op.GetElem ? code[pc + 2] : code[pc + 1];
    if (mirrorKindAt(code, pc, repr, feedback, n) !== 0 && !freshRegisters.has(indexed)) arrays.add(indexed);
    if (ownSlots.has(pc) && (objectMirrored(code, pc, repr, n) || referenceMirrored(code, pc, repr, n))) objects.add(code[pc] === Op.GetNamed ? code[pc + 2] : code[pc + 1]);
    // (the receivers of compiled method calls get one too: codegen.ts, cachedReceiverAt)
    const array = facts.arrayIntrinsicAt(pc);
    if (array !== undefined) {
      if (arrayIntrinsicKind(code, pc, facts.arrayIntrinsicAt, repr, feedback, n) !== 0) arrays.add(receiverOf(code, pc));
    } else if (code[pc] === Op.CallMethod && code[pc + 2] < n && !facts.genericCall(pc) && !facts.hostMethodCall(pc)) objects.add(code[pc + 2]);
    if (code[pc] === Op.GetNamed && facts.protoReads.includes(pc) && code[pc + 2] < n && repr[code[pc + 1]] === Repr.Ref) objects.add(code[pc + 2]);
  }
  const pairedReads = new Set(pcs.filter((pc) => code[pc] === Op.CallThis && facts.arrayIntrinsicAt(pc) !== undefined
    && arrayIntrinsicKind(code, pc, facts.arrayIntrinsicAt, repr, feedback, n) !== 0).map((pc) => arrayMethodRead(code, pc)));
  let total = 0;
  let host = 0;
  let mirrored = 0;
  let freshMirrored = 0;
  let execs = 0;
  let natives = 0;
  let vm = 0;
  for (const pc of pcs) {
    if (cold[pc] === 1) continue;
    const op = code[pc] as Op;
    const weight = weightAt[pc];
    total += weight;
    let pure = PURE.has(op);
    // an operand held as a generic value means a host call (unboxing, truthiness, a generic operator)
    // (but a generic value moved or returned as it is stays in its local: no host call)
    const asItIs = (op === Op.Move && code[pc + 1] < n && code[pc + 2] < n && repr[code[pc + 1]] === repr[code[pc + 2]]) || op === Op.Return;
    if (pure && !nullCompares.has(pc) && !asItIs) for (const r of readsOf(code, pc)) if (r < n && repr[r] === Repr.Ref) pure = false;
    // typed element accesses load and store the array's mirror (mirrors.ts)
    const kind = op === Op.GetElem || op === Op.SetElem ? mirrorKindAt(code, pc, repr, feedback, n) : 0;
    if ((kind === MIRROR_NUMBERS || kind === MIRROR_BOOLEANS || op === Op.GetLength) && freshRegisters.has(code[pc + (op === Op.SetElem ? 1 : 2)])) {
      freshMirrored += weight;
      vm += weight;
      continue;
    }
    if (freshFills.has(pc)) {
      vm += weight * VM_BUILTIN_CALL_COST;
      continue;
    }
    if ((kind !== 0 && (kind !== MIRROR_REFERENCES || reused.has(pc))) || (op === Op.GetLength && arrays.has(code[pc + 2]))) {
      mirrored += weight;
      pure = true;
    }
    // (the method read of a push or pop: compiled with the call)
    if (pairedReads.has(pc)) {
      mirrored += weight;
      vm += weight;
      continue;
    }
    // and typed properties of a known shape the object's slot mirror (copied in and out as arrays are)
    if (op === Op.GetNamed || op === Op.SetNamed) {
      pure = (ownSlots.has(pc) && (objectMirrored(code, pc, repr, n) || referenceMirrored(code, pc, repr, n)
        || copies.has(pc)))
        || (facts.protoReads.includes(pc) && referenceMirrored(code, pc, repr, n) && objects.has(code[pc + 2]));
      if (pure) mirrored += weight;
    }
    if (op === Op.LoadGlobal) pure = facts.constantGlobals.includes(code[pc + 2]);
    // push and pop on the array's mirror
    const array = facts.arrayIntrinsicAt(pc);
    if (array !== undefined && arrayIntrinsicKind(code, pc, facts.arrayIntrinsicAt, repr, feedback, n) !== 0) {
      mirrored += weight;
      vm += weight * VM_BUILTIN_CALL_COST;
      continue;
    }
    // a native called through callm: a host call and the native's work, which the VM does too (so is a push
    // or pop of an array with no typed mirror)
    if (((op === Op.CallMethod || op === Op.CallThis || op === Op.New) && facts.hostMethodCall(pc))
      || (facts.arrayIntrinsicAt(pc) !== undefined && arrayIntrinsicKind(code, pc, facts.arrayIntrinsicAt, repr, feedback, n) === 0)) {
      host += weight;
      natives += weight;
      vm += weight * VM_BUILTIN_CALL_COST;
      continue;
    }
    // instructions run by exec, and calls of callees that are not compiled (into the VM)
    const call = op === Op.CallGlobal || op === Op.CallMethod || op === Op.CallThis;
    const generic = op === Op.ToPropertyKey && !(repr[code[pc + 2]] === Repr.I32 || repr[code[pc + 2]] === Repr.F64);
    // (a push or pop with no mirror to work on runs through exec)
    // (a compiled `new` is one host call, the allocation)
    const constructs = op === Op.New && facts.compiledConstruct(pc);
    if (constructs) pure = false;
    else if (call ? facts.genericCall(pc) || array !== undefined : !INLINE.has(op) || generic) {
      execs += weight;
      pure = false;
    }
    // a method compiled against, called directly: its guard is answered by the shape cache of the receiver's
    // slot mirror (codegen.ts, cachedReceiverAt), no host call (a loop calling a.f(s) stayed in the VM, 1.2x
    // slower than the VM alone, when this counted as one); so is a polymorphic one's choice of method, from
    // the methods its receiver shapes found in memory
    if (op === Op.CallMethod && objects.has(code[pc + 2]) && (facts.calleeParams(pc) !== undefined || facts.returnReprOf(pc) === -1 || facts.polymorphicCall(pc))) pure = true;
    if (!pure) host += weight;
    const out = writeOf(code, pc);
    vm += weight * (ARITHMETIC.has(op) && out >= 0 && out < n && repr[out] === Repr.F64 ? VM_DOUBLE_COST : 1);
    if (call && facts.entersCompiled(pc)) vm += weight * ENTRY_COST;
    if (call && facts.builtinCall(pc)) vm += weight * (VM_BUILTIN_CALL_COST - 1);
  }
  if (total === 0) return { hostShare: 0, compiled: 0, vm: 0 };
  const entry = !facts.enteredFromVm || (!loops && isLeaf(code)) || selfRecursive ? 0 : ENTRY_COST + (arrays.size + objects.size) * MIRROR_SETUP_COST;
  // a callee, or a recursion on the same object, works in mirrors made once for many calls
  const mirrorCost = facts.enteredFromVm && !sameThis ? MIRROR_ACCESS_COST : CALLEE_MIRROR_ACCESS_COST;
  // an exec writes every mirror back; the next access through each copies it in again
  const execCost = EXEC_COST + (arrays.size + objects.size) * REMIRROR_COST;
  // (a native called from compiled code does the VM's work, through a host call: strings' makeLines, all
  // template text, fromCharCode, padStart and push, ran 5% slower compiled when it was weighed as the VM's)
  const compiled = entry + (host - execs - natives) * HOST_CALL_COST + execs * execCost + natives * (VM_BUILTIN_CALL_COST + HOST_CALL_COST) + mirrored * mirrorCost + freshMirrored * CALLEE_MIRROR_ACCESS_COST + (total - host - mirrored - freshMirrored) * PURE_COST;
  return { hostShare: host / total, compiled, vm };
}

/** The header of the outermost loop around pc (pc itself when it heads an outermost loop), or -1: none. */
export function outermostLoopAround(code: Int32Array, pc: number): number {
  let outer = -1;
  for (const [header, end] of loopsOf(code)) if (header <= pc && pc <= end && (outer < 0 || header < outer)) outer = header;
  return outer;
}

/** No call instructions: the function runs to its return without calling anything. */
export function isLeaf(code: Int32Array): boolean {
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    const op = code[pc] as Op;
    if (op >= Op.Call && op <= Op.SuperCallSpread) return false;
  }
  return true;
}

/** The argument registers of a call instruction with an argument list (CallGlobal, CallMethod, CallThis). */
export function argumentsOf(code: Int32Array, pc: number): number[] {
  const at = pc + 1 + ROWS[code[pc]].operands.indexOf('list');
  return Array.from(code.subarray(at + 1, at + 1 + code[at]));
}

/** Registers an instruction reads: ins, call lists, register windows (what `exec` must flush). */
export function readsOf(code: Int32Array, pc: number): number[] {
  const out: number[] = [];
  forEachRead(code, pc, (r) => out.push(r));
  return out;
}

/** Per opcode, the operand position of the register it writes (-1: none); derived from the opcode table. */
const WRITTEN_OPERAND = ROWS.map((row) => row.operands.findIndex((k) => k === 'out' || k === 'inout'));

/** The register the instruction at pc writes (-1: none). */
export function writeOf(code: Int32Array, pc: number): number {
  const i = WRITTEN_OPERAND[code[pc]];
  return i < 0 ? -1 : code[pc + 1 + i];
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
/** What the VM counted of a function so far: calls, and back-edges per loop (FunctionCode). */
export interface Runs {
  calls: number;
  loopCounts: Uint32Array;
}

/** Per opcode, the operand position of a loop branch's loop index (-1: none); derived from the opcode table. */
const LOOP_OPERAND = ROWS.map((row) => row.operands.indexOf('loop'));

/** What the analysis needs to know of the program beyond the function's bytecode (Jit.prepareJob). */
export interface ProgramFacts {
  /** The representation a CallGlobal/CallMethod/CallThis at pc returns (-1: a call of the function itself). */
  returnReprOf: (pc: number) => Repr | -1;
  /** The call at pc runs its callee in the VM or is a builtin's (it goes through the host for good). */
  genericCall: (pc: number) => boolean;
  /** The parameter types of the compiled callee the call at pc calls directly (undefined: none). */
  calleeParams: (pc: number) => readonly Repr[] | undefined;
  /** The call at pc picks one of its compiled methods by the receiver (codegen.ts, polymorphicCall). */
  polymorphicCall: (pc: number) => boolean;
  /** Property reads right after a write of them are typed as the value written (propertiesReadAfterWrite). */
  readAfterWrite: boolean;
  /** The Math function the call at pc is compiled as (its arguments are used as doubles, imul's as int32), or undefined. */
  intrinsicCall: (pc: number) => Intrinsic | undefined;
  /** The call at pc is of a builtin compiled in place (a Math function, push, pop, charCodeAt). */
  builtinCall: (pc: number) => boolean;
  /** The Array.prototype method (push, pop) the method call at pc has only ever called, when it may be compiled on the array's mirror. */
  arrayIntrinsicAt: (pc: number) => ArrayIntrinsic | undefined;
  /**
   * The call at pc calls a compiled function that the VM would enter as
   * WebAssembly: left in the VM, the call pays ENTRY_COST; compiled, it is a
   * direct call (nbody's driver loop around advance()).
   */
  entersCompiled: (pc: number) => boolean;
  /** The `new` at pc allocates through the host and calls its compiled constructor directly (no exec). */
  compiledConstruct: (pc: number) => boolean;
  /** The method call (or `new`) at pc calls a native through the `callm`, `callf` or `newh` import (no exec when no user code can run). */
  hostMethodCall: (pc: number) => boolean;
  /** The `new` at pc is `new Array(n)` followed by a `.fill(v)` of what it made (Jit.filledArrayAt). */
  filledArray: (pc: number) => boolean;
  /** Property sites compiled against one own slot of one shape. */
  ownSlots: ReadonlyMap<number, unknown>;
  /** GetNamed sites that read one prototype's property (cached per receiver shape in compiled code). */
  protoReads: readonly number[];
  /** Global slots compiled in as constants (LoadGlobal of them is free). */
  constantGlobals: readonly number[];
  /** The number or boolean a constant global holds (compiled in typed), else undefined. */
  constantValueOf: (g: number) => number | boolean | undefined;
  runs: Runs;
  /** The VM will call it (false: only compiled callers will, directly). */
  enteredFromVm: boolean;
}

/** Operators that read their operands through ToInt32 (or ToUint32): only the operands' values modulo 2^32 matter. */
const TRUNCATING = new Set<Op>([Op.BitAnd, Op.BitOr, Op.BitXor, Op.Shl, Op.Shr, Op.UShr]);

/**
 * Add and Sub sites whose result is only ever truncated: `(h * 31 + c) | 0`,
 * `(Math.imul(h, 31) + s.charCodeAt(k)) | 0`, `(a + b + c) & mask`. The
 * result register is written there alone and read only later in the same
 * block, by a truncating operator or by another such site. With int32
 * operands the exact sum is a double well inside 2^53, and ToInt32 of it is
 * the sum wrapped to 32 bits — so compiled code adds with i32.add and no
 * overflow guard, where the guard (the sum does leave int32: that is why the
 * program truncates it) would deoptimise once and leave the sum a double and
 * its truncation a call for good. A deopt between the add and its use hands
 * the VM the wrapped value, which the use truncates to the same int32. (V8's
 * truncation analysis does the same; within one block a chain of sites cannot
 * feed itself, so sums stay far from 2^53.)
 */
function truncatedArithmetic(code: Int32Array, pcs: readonly number[], n: number, starts: readonly number[]): Set<number> {
  const defs = new Int32Array(n);
  const defAt = new Int32Array(n).fill(-1);
  for (const pc of pcs) {
    const r = writeOf(code, pc);
    if (r >= 0 && r < n) { defs[r]++; defAt[r] = pc; }
  }
  const blockOf = new Int32Array(code.length);
  for (let b = 0, pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    if (b + 1 < starts.length && pc >= starts[b + 1]) b++;
    blockOf[pc] = b;
  }
  const candidates = new Set(pcs.filter((pc) => (code[pc] === Op.Add || code[pc] === Op.Sub) && code[pc + 1] < n && defs[code[pc + 1]] === 1));
  // (a greatest fixpoint: a site stays while every read of its result is truncating or by a site that stays)
  for (let changed = true; changed; ) {
    changed = false;
    for (const pc of pcs) {
      for (const r of readsOf(code, pc)) {
        if (r >= n || defs[r] !== 1 || !candidates.has(defAt[r])) continue;
        const def = defAt[r];
        const truncates = TRUNCATING.has(code[pc] as Op) || (candidates.has(pc) && pc !== def);
        if (truncates && pc > def && blockOf[pc] === blockOf[def]) continue;
        candidates.delete(def);
        changed = true;
      }
    }
  }
  return candidates;
}

/** `check` 'profit': throw Ineligible when compiling would not pay (the cost model above); null: compile anyway. */
export function analyse(fc: CompiledCode, facts: ProgramFacts, check: 'profit' | null): Analysis {
  const { returnReprOf } = facts;
  const code = fc.code;
  if (fc.handlers.length > 0) throw new Ineligible(0, 'has exception handlers');
  if (fc.restIndex >= 0) throw new Ineligible(0, 'has a rest parameter');
  const pcs: number[] = [];
  const headers = new Set<number>();
  let usesContext = false;
  for (let pc = 0; pc < code.length; pc += instructionSize(code, pc)) {
    pcs.push(pc);
    const op = code[pc] as Op;
    const no = NOT_COMPILED.get(op);
    if (no !== undefined) throw new Ineligible(pc, `${no} (${ROWS[op].name})`);
    if (CONTEXT_OPS.has(op)) usesContext = true;
    if (isLoopBranch(op)) headers.add(targetOf(code, pc));
  }
  const n = fc.constantBase;
  const flow = flowOf(code, n);
  const blocks: Block[] = flow.starts.map((start, i) => ({ start, end: flow.ends[i] }));
  const { blockAt, liveIn, liveOut } = flow;

  // representations: a fixpoint of joins
  const repr: Repr[] = new Array(fc.registerCount).fill(Repr.None);
  for (let r = n; r < fc.registerCount; r++) repr[r] = reprOfValue(fc.registerTemplate[r]);
  const params = new Set<number>(fc.argumentRegisters);
  for (let r = 0; r < n; r++) if (liveIn[0][r] && !params.has(r)) repr[r] = Repr.Ref;
  const FB = fc.feedback;
  const wrapping = truncatedArithmetic(code, pcs, n, flow.starts);
  // hints from feedback at reads; `readAs` keeps them for the values read from properties
  const readAs: Repr[] = new Array(n).fill(Repr.None);
  const readsWritten = facts.readAfterWrite ? propertiesReadAfterWrite(code, blocks, n) : new Map<number, number>();
  for (const pc of pcs) {
    // an argument of a compiled callee: the type its parameter was compiled with (towers' moveTopDisk
    // hands its piles to popDiskFrom and pushDisk, which use them as keys)
    const calleeParams = facts.calleeParams(pc);
    if (calleeParams !== undefined) {
      const args = argumentsOf(code, pc);
      for (let i = 0; i < args.length && i < calleeParams.length; i++) {
        const t = calleeParams[i];
        if (args[i] < n && (t === Repr.I32 || t === Repr.F64 || t === Repr.Bool)) readAs[args[i]] = join(readAs[args[i]], t);
      }
    }
    const site = siteOf(code, pc);
    if (site < 0) continue;
    const op = code[pc] as Op;
    const [l, rr, third] = feedbackBytes(FB[site]);
    // element accesses: the keys they saw (permute's swap(i, j)), and for a write the type of the
    // values it stored (queens' setQueen(row, c, free))
    if (op === Op.GetElem || op === Op.SetElem) {
      const key = op === Op.GetElem ? code[pc + 3] : code[pc + 2];
      if (key < n) readAs[key] = join(readAs[key], fromFeedback(rr));
      const v = code[pc + 3];
      if (op === Op.SetElem && v < n) readAs[v] = join(readAs[v], fromFeedback(third));
      continue;
    }
    const ins = readsOf(code, pc);
    if (ins[0] !== undefined && ins[0] < n) readAs[ins[0]] = join(readAs[ins[0]], fromFeedback(l));
    if (ins[1] !== undefined && ins[1] < n && ROWS[op].operands.length >= 4) readAs[ins[1]] = join(readAs[ins[1]], fromFeedback(rr));
  }
  // the arguments of a Math intrinsic are doubles, unless their own reads say more (bounce's
  // `Math.abs(this.xVel)` read xVel as a generic value, then unboxed it through the host);
  // imul's are int32 (it truncates them: a hash `h = (Math.imul(h, 31) + c) | 0` kept h a
  // double and converted it at every call)
  for (const pc of pcs) {
    const name = facts.intrinsicCall(pc);
    if (name === undefined) continue;
    for (const r of argumentsOf(code, pc)) if (r < n && readAs[r] === Repr.None) readAs[r] = name === 'imul' ? Repr.I32 : Repr.F64;
  }
  // and back through moves into a register read nowhere with feedback: a copy's reads hint at what
  // its source holds (`const n = size` before `i < n` typed int-to-double's parameter generic, and
  // every iteration unboxed n through the host). (Not into one with hints of its own: the VM's
  // temporaries are reused, and `[a, b]` built from an int and a double would make both doubles.)
  const hinted = readAs.map((t) => t !== Repr.None);
  for (let changed = true; changed; ) {
    changed = false;
    for (const pc of pcs) {
      if (code[pc] !== Op.Move) continue;
      const [dst, src] = [code[pc + 1], code[pc + 2]];
      if (dst >= n || src >= n || hinted[src]) continue;
      const j = join(readAs[src], readAs[dst]);
      if (j !== readAs[src]) { readAs[src] = j; changed = true; }
    }
  }
  for (let r = 0; r < n; r++) repr[r] = join(repr[r], readAs[r]);
  /** The representation an operand is used in arithmetic: numbers stay, a ref becomes what feedback saw. */
  const num = (r: number, bits: number): Repr => {
    const t = repr[r];
    if (r >= n && t !== Repr.I32 && t !== Repr.F64) return Repr.Ref; // a constant that is not a number
    if (t === Repr.I32 || t === Repr.F64) return t;
    if (t === Repr.Bool) return Repr.Ref;
    if (!numericOrNone(bits)) return Repr.Ref;
    const f = fromFeedback(bits);
    return f === Repr.None ? Repr.F64 : f;
  };
  // parameters the feedback never saw used as numbers stay generic (before the fixpoint: moves copy them)
  for (const r of params) if (repr[r] === Repr.None) repr[r] = Repr.Ref;
  // registers read only as the value an element or property write stores: an int32 element read
  // into one stays the double the mirror holds (permute's swap converted each element to int32,
  // checked it, and converted it back to store it)
  const readElsewhere = new Uint8Array(n);
  for (const pc of pcs) {
    const op = code[pc];
    const stores = op === Op.SetElem || op === Op.SetNamed;
    for (const r of readsOf(code, pc)) if (r < n && !(stores && r === code[pc + 3] && r !== code[pc + 1] && r !== code[pc + 2])) readElsewhere[r] = 1;
  }
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
        // `a[i] += x` converts the key once: a number stays a number (a move); anything else runs through exec
        case Op.ToPropertyKey: {
          const t = repr[code[pc + 2]];
          set(a, t === Repr.I32 || t === Repr.F64 ? t : Repr.Ref);
          break;
        }
        case Op.LoadInt: set(a, Repr.I32); break;
        // arithmetic on values that are not (only) numbers runs through `exec` and gives a generic value
        case Op.Add: case Op.Sub: case Op.Mul: case Op.Mod: {
          const x = num(code[pc + 2], lb);
          const y = num(code[pc + 3], rb);
          if (x === Repr.Ref || y === Repr.Ref) set(a, Repr.Ref);
          else set(a, x === Repr.I32 && y === Repr.I32 && ((resb & ~1) === 0 || wrapping.has(pc)) ? Repr.I32 : Repr.F64);
          break;
        }
        case Op.Div: case Op.BitAnd: case Op.BitOr: case Op.BitXor: case Op.Shl: case Op.Shr: case Op.UShr: {
          if (num(code[pc + 2], lb) === Repr.Ref || num(code[pc + 3], rb) === Repr.Ref) set(a, Repr.Ref);
          else set(a, op === Op.Div ? Repr.F64 : op === Op.UShr && (resb & ~1) !== 0 ? Repr.F64 : Repr.I32);
          break;
        }
        case Op.Neg: case Op.Inc: case Op.Dec: case Op.ToNumeric: case Op.ToNumber: {
          const x = num(code[pc + 2], lb);
          if (x === Repr.Ref) set(a, Repr.Ref);
          else set(a, op === Op.ToNumber || op === Op.ToNumeric ? x : x === Repr.I32 && (resb & ~1) === 0 ? Repr.I32 : Repr.F64);
          break;
        }
        case Op.BitNot: set(a, num(code[pc + 2], lb) === Repr.Ref ? Repr.Ref : Repr.I32); break;
        case Op.Lt: case Op.Gt: case Op.Le: case Op.Ge: case Op.Eq: case Op.Ne: case Op.StrictEq: case Op.StrictNe: case Op.Not:
          set(a, Repr.Bool);
          break;
        case Op.GetElem: {
          const f = fromFeedback(resb);
          const moved = f === Repr.I32 && a < n && !readElsewhere[a] && !params.has(a);
          set(a, f === Repr.None || num(code[pc + 3], rb) === Repr.Ref ? Repr.Ref : moved ? Repr.F64 : f);
          break;
        }
        case Op.GetLength: set(a, Repr.I32); break;
        // a for-of over an array: the array and the index of the next element (the pair), the element
        case Op.ForOfStart: case Op.IterStart: set(a, Repr.Ref); set(a + 1, Repr.I32); break;
        case Op.IterNext: set(a, Repr.Ref); set(code[pc + 2] + 1, Repr.I32); break;
        case Op.ForOfNext: set(a, Repr.Ref); set(code[pc + 2] + 1, Repr.I32); break;
        // a property is read as the type its uses saw when that is a number or a boolean (a guard checks it)
        case Op.GetNamed: {
          // (or, read right after a write of it, as the type of the value written: a guarded hint)
          const written = readsWritten.get(pc);
          const t = written === undefined ? Repr.None : repr[written];
          const hint = join(readAs[a], t === Repr.I32 || t === Repr.F64 || t === Repr.Bool ? t : Repr.None);
          set(a, hint === Repr.Ref || hint === Repr.None ? Repr.Ref : hint);
          break;
        }
        case Op.LoadGlobal: {
          const v = facts.constantValueOf(code[pc + 2]);
          set(a, v === undefined ? Repr.Ref : reprOfValue(v));
          break;
        }
        case Op.SaveContext: case Op.LoadContext: case Op.SuperGet: case Op.TemplateAppend: case Op.TypeOf: set(a, Repr.Ref); break;
        case Op.CallGlobal: case Op.CallMethod: case Op.CallThis: {
          const array = facts.arrayIntrinsicAt(pc);
          if (array !== undefined) {
            // push gives the new length; pop the element (as the mirror holds it)
            const kind = arrayIntrinsicKind(code, pc, facts.arrayIntrinsicAt, repr, FB, n);
            set(a, kind === 0 ? Repr.Ref : array === 'push' ? Repr.I32 : kind === MIRROR_BOOLEANS ? Repr.Bool : Repr.F64);
            break;
          }
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
        default:
          // instructions run by `exec` write a generic value
          if (!INLINE.has(op)) set(writeOf(code, pc), Repr.Ref);
          break;
      }
    }
  }
  if (ret === Repr.None) ret = Repr.Ref;
  const fresh = freshArrays(fc, { blocks, blockAt, liveOut }, repr, facts.filledArray);
  const nullCompares = new Map<number, number>();
  for (const pc of pcs) {
    const r = strictNullOperand(code, pc, n, fc.registerTemplate);
    if (r >= 0) nullCompares.set(pc, r);
  }
  let enteredProfitably = true;
  const reusedReads = reusedElementReads(code);
  if (check === 'profit') {
    // a block that ends in `throw` is taken to run rarely (`throw new Error(...)` guarding towers' pushDisk
    // made it look like an exec'd construct and throw at every call)
    const cold = new Uint8Array(code.length);
    for (const b of blocks) {
      let last = b.start;
      for (let pc = b.start; pc < b.end; pc += instructionSize(code, pc)) last = pc;
      if (code[last] === Op.Throw) cold.fill(1, b.start, b.end);
    }
    const copies = slotCopies(code, pcs, blocks, repr, n, facts.ownSlots, fc.registerTemplate);
    const p = profitOf(code, pcs, repr, FB, n, facts, nullCompares, cold, fc.thisRegister, reusedReads, fresh, copies);
    // a callee of compiled code is weighed against its caller's other choice: a call through the host into the VM
    if (facts.enteredFromVm ? p.compiled > p.vm : p.compiled > p.vm + CALL_INTO_VM_COST) {
      // without the entry (and with the caller's mirrors), as the callee of compiled code
      const asCallee = facts.enteredFromVm && profitOf(code, pcs, repr, FB, n, { ...facts, enteredFromVm: false }, nullCompares, cold, fc.thisRegister, reusedReads, fresh, copies).compiled <= p.vm + CALL_INTO_VM_COST;
      throw new Unprofitable(0, `not profitable: ${Math.round(p.hostShare * 100)}% of its (loop-weighted) instructions would call the host; estimated cost ${(p.compiled / p.vm).toFixed(2)}x the VM's`, asCallee);
    }
    if (!facts.enteredFromVm) {
      const entered = profitOf(code, pcs, repr, FB, n, { ...facts, enteredFromVm: true }, nullCompares, cold, fc.thisRegister, reusedReads, fresh, copies);
      enteredProfitably = entered.compiled <= entered.vm;
    }
  }
  const osrHeaders = [...headers].filter((h) => outermostLoopAround(code, h) === h).sort((x, y) => x - y);
  return { nullCompares: [...nullCompares], blocks, blockAt, repr, ret, liveIn, liveOut, loopHeaders: osrHeaders, usesContext, enteredProfitably, reusedReads, wrapping, fresh };
}
