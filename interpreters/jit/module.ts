// The one place that touches binaryen: a thin wrapper whose methods are named
// after the WebAssembly instructions they emit (`i32_add` emits `i32.add`), in
// the manner of AssemblyScript's module.ts. The code generator (codegen.ts)
// speaks only to this class. binaryen is loaded lazily (`loadBinaryen`) on the
// first compile, so runs that never get hot do not pay its ~100 ms start-up.
// Every module is validated before it is instantiated (`finish`).

import { addBranchHints, annotateText } from './branch-hints.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Binaryen = any;
export type Expr = number;
export type WasmType = number;

let B: Binaryen = null;

/**
 * Loads binaryen once (dynamic import: its top-level await costs ~100 ms),
 * then builds, validates, optimises and emits one small module: the first
 * module binaryen handles in a process costs 60-120 ms more than the next
 * ones (V8 compiling binaryen's own code), and that warm-up belongs to
 * starting the tier, not to compiling the program's first hot function.
 */
export async function loadBinaryen(): Promise<void> {
  if (B !== null) return;
  B = (await import('binaryen')).default;
  // a loop through the relooper, as compiled functions are made: sum of i * x for i < 8
  const w = new WasmModule();
  const x = () => w.local_get(0, w.f64);
  const i = () => w.local_get(1, w.i32);
  const acc = () => w.local_get(2, w.f64);
  const r = w.relooper();
  const head = r.addBlock(w.nop());
  const body = r.addBlock(w.block(null, [
    w.local_set(2, w.f64_add(acc(), w.f64_mul(x(), w.f64_convert_i32_s(i())))),
    w.local_set(1, w.i32_add(i(), w.i32_const(1))),
  ]));
  const exit = r.addBlock(w.return(w.i32_trunc_sat_f64_s(acc())));
  r.addBranch(head, body, w.i32_lt_s(i(), w.i32_const(8)), 0);
  r.addBranch(head, exit, 0, 0);
  r.addBranch(body, head, 0, 0);
  w.addFunction('warm', [w.f64], w.i32, [w.i32, w.f64, w.i32], w.block(null, [r.renderAndDispose(head, 3), w.unreachable()]));
  w.addFunctionExport('warm', 'warm');
  setOptimizeLevel(OPTIMIZE_LEVEL);
  w.finish(process.env.SPEEDLAB_JIT_OPT === '1');
  w.emitText();
  w.dispose();
}

/**
 * binaryen's optimisation level when its optimiser runs (SPEEDLAB_JIT_OPT=1;
 * off by default, see the README's measurement); SPEEDLAB_JIT_OPT_LEVEL
 * overrides it for that measurement.
 */
export const OPTIMIZE_LEVEL = Number(process.env.SPEEDLAB_JIT_OPT_LEVEL ?? 2);

/** Whether `finish` adds branch hints (branch-hints.ts); SPEEDLAB_JIT_BRANCH_HINTS=0 leaves them out, to measure them. */
export const BRANCH_HINTS = process.env.SPEEDLAB_JIT_BRANCH_HINTS !== '0';

/**
 * binaryen's C++ exceptions reach JavaScript as bare objects ("internal error:
 * [object Object]" when the relooper threw on irreducible control flow): an
 * Error with binaryen's own type and message instead. Anything else unchanged.
 */
export function asBinaryenError(e: unknown): unknown {
  if (e instanceof Error || B === null || typeof B.getExceptionMessage !== 'function') return e;
  try {
    const [type, message] = B.getExceptionMessage(e) as [string, string];
    return new Error(`jit: binaryen threw ${type}${message ? `: ${message}` : ''}`);
  } catch {
    return e;
  }
}

/** True once binaryen has been loaded. */
export function binaryenLoaded(): boolean {
  return B !== null;
}

/** Sets binaryen's global optimisation level (see README: level 2 measured best on the bench). */
export function setOptimizeLevel(level: number): void {
  B.setOptimizeLevel(level);
  B.setShrinkLevel(0);
}

export class WasmModule {
  readonly m: any;
  /** Function imports declared, and the functions `call` was emitted for. */
  private imported: string[] = [];
  private readonly called = new Set<string>();
  /** Function imports that are compiled code (direct calls), not the host: calls of them are no slow path. */
  private readonly compiledImports = new Set<string>();
  /** Per defined function, the branch hint of each `if` (`finish` made them; for emitText). */
  private hints: Int8Array[] = [];
  constructor() {
    this.m = new B.Module();
    this.m.setFeatures(B.Features.MVP | B.Features.ReferenceTypes | B.Features.NontrappingFPToInt | B.Features.MutableGlobals | B.Features.SignExt);
  }

  // ---- types --------------------------------------------------------------------
  get i32(): WasmType { return B.i32; }
  get f64(): WasmType { return B.f64; }
  get i64(): WasmType { return B.i64; }
  get externref(): WasmType { return B.externref; }
  get none(): WasmType { return B.none; }
  createType(types: WasmType[]): WasmType { return B.createType(types); }

  // ---- constants ----------------------------------------------------------------
  i32_const(v: number): Expr { return this.m.i32.const(v); }
  f64_const(v: number): Expr { return this.m.f64.const(v); }

  // ---- variables ----------------------------------------------------------------
  // (binaryen reads an undefined index as local 0: a missing local would compile to a wrong read, not an error)
  local_get(i: number, t: WasmType): Expr { return this.m.local.get(localIndex(i), t); }
  local_set(i: number, v: Expr): Expr { return this.m.local.set(localIndex(i), v); }
  local_tee(i: number, v: Expr, t: WasmType): Expr { return this.m.local.tee(i, v, t); }
  global_get(name: string, t: WasmType): Expr { return this.m.global.get(name, t); }
  global_set(name: string, v: Expr): Expr { return this.m.global.set(name, v); }

  // ---- control ------------------------------------------------------------------
  block(label: string | null, body: Expr[], t: WasmType = B.none): Expr { return this.m.block(label, body, t); }
  if(cond: Expr, then: Expr, otherwise?: Expr): Expr { return this.m.if(cond, then, otherwise); }
  br(label: string, cond?: Expr): Expr { return this.m.br(label, cond); }
  call(name: string, args: Expr[], t: WasmType): Expr {
    this.called.add(name);
    return this.m.call(name, args, t);
  }
  return(v?: Expr): Expr { return this.m.return(v); }
  drop(v: Expr): Expr { return this.m.drop(v); }
  nop(): Expr { return this.m.nop(); }
  unreachable(): Expr { return this.m.unreachable(); }
  select(c: Expr, a: Expr, b: Expr): Expr { return this.m.select(c, a, b); }

  // ---- references ---------------------------------------------------------------
  /** `ref.null extern`. */
  ref_null(): Expr { return this.m.ref.null(B.externref); }
  ref_is_null(v: Expr): Expr { return this.m.ref.is_null(v); }

  // ---- memory -------------------------------------------------------------------
  i32_store(offset: number, ptr: Expr, value: Expr): Expr { return this.m.i32.store(offset, 4, ptr, value); }
  i32_load(offset: number, ptr: Expr): Expr { return this.m.i32.load(offset, 4, ptr); }
  i64_store(offset: number, ptr: Expr, value: Expr): Expr { return this.m.i64.store(offset, 8, ptr, value); }
  i64_load(offset: number, ptr: Expr): Expr { return this.m.i64.load(offset, 8, ptr); }
  i64_add(a: Expr, b: Expr): Expr { return this.m.i64.add(a, b); }
  f64_load(offset: number, ptr: Expr): Expr { return this.m.f64.load(offset, 8, ptr); }
  f64_store(offset: number, ptr: Expr, value: Expr): Expr { return this.m.f64.store(offset, 8, ptr, value); }
  i32_lt_u(a: Expr, b: Expr): Expr { return this.m.i32.lt_u(a, b); }
  i64_eq(a: Expr, b: Expr): Expr { return this.m.i64.eq(a, b); }
  i64_reinterpret_f64(a: Expr): Expr { return this.m.i64.reinterpret(a); }
  /** `i64.const` from its low and high 32-bit words. */
  i64_const(low: number, high: number): Expr { return this.m.i64.const(BigInt.asIntN(64, (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0))); }

  // ---- i32 ----------------------------------------------------------------------
  i32_add(a: Expr, b: Expr): Expr { return this.m.i32.add(a, b); }
  i32_sub(a: Expr, b: Expr): Expr { return this.m.i32.sub(a, b); }
  i32_mul(a: Expr, b: Expr): Expr { return this.m.i32.mul(a, b); }
  i32_rem_s(a: Expr, b: Expr): Expr { return this.m.i32.rem_s(a, b); }
  i32_and(a: Expr, b: Expr): Expr { return this.m.i32.and(a, b); }
  i32_or(a: Expr, b: Expr): Expr { return this.m.i32.or(a, b); }
  i32_xor(a: Expr, b: Expr): Expr { return this.m.i32.xor(a, b); }
  i32_shl(a: Expr, b: Expr): Expr { return this.m.i32.shl(a, b); }
  i32_shr_s(a: Expr, b: Expr): Expr { return this.m.i32.shr_s(a, b); }
  i32_shr_u(a: Expr, b: Expr): Expr { return this.m.i32.shr_u(a, b); }
  i32_eqz(a: Expr): Expr { return this.m.i32.eqz(a); }
  i32_eq(a: Expr, b: Expr): Expr { return this.m.i32.eq(a, b); }
  i32_ne(a: Expr, b: Expr): Expr { return this.m.i32.ne(a, b); }
  i32_lt_s(a: Expr, b: Expr): Expr { return this.m.i32.lt_s(a, b); }
  i32_le_s(a: Expr, b: Expr): Expr { return this.m.i32.le_s(a, b); }
  i32_gt_s(a: Expr, b: Expr): Expr { return this.m.i32.gt_s(a, b); }
  i32_ge_s(a: Expr, b: Expr): Expr { return this.m.i32.ge_s(a, b); }
  i32_ge_u(a: Expr, b: Expr): Expr { return this.m.i32.ge_u(a, b); }
  i32_wrap_i64(a: Expr): Expr { return this.m.i32.wrap(a); }
  i32_trunc_f64_s(a: Expr): Expr { return this.m.i32.trunc_s.f64(a); }
  i64_trunc_sat_f64_s(a: Expr): Expr { return this.m.i64.trunc_s_sat.f64(a); }
  i64_extend_i32_s(a: Expr): Expr { return this.m.i64.extend_s(a); }
  i64_mul(a: Expr, b: Expr): Expr { return this.m.i64.mul(a, b); }
  i64_ne(a: Expr, b: Expr): Expr { return this.m.i64.ne(a, b); }
  i32_trunc_sat_f64_s(a: Expr): Expr { return this.m.i32.trunc_s_sat.f64(a); }

  // ---- f64 ----------------------------------------------------------------------
  f64_add(a: Expr, b: Expr): Expr { return this.m.f64.add(a, b); }
  f64_sub(a: Expr, b: Expr): Expr { return this.m.f64.sub(a, b); }
  f64_mul(a: Expr, b: Expr): Expr { return this.m.f64.mul(a, b); }
  f64_div(a: Expr, b: Expr): Expr { return this.m.f64.div(a, b); }
  f64_neg(a: Expr): Expr { return this.m.f64.neg(a); }
  f64_abs(a: Expr): Expr { return this.m.f64.abs(a); }
  f64_sqrt(a: Expr): Expr { return this.m.f64.sqrt(a); }
  f64_ceil(a: Expr): Expr { return this.m.f64.ceil(a); }
  f64_min(a: Expr, b: Expr): Expr { return this.m.f64.min(a, b); }
  f64_max(a: Expr, b: Expr): Expr { return this.m.f64.max(a, b); }
  f64_floor(a: Expr): Expr { return this.m.f64.floor(a); }
  f64_trunc(a: Expr): Expr { return this.m.f64.trunc(a); }
  f64_eq(a: Expr, b: Expr): Expr { return this.m.f64.eq(a, b); }
  f64_ne(a: Expr, b: Expr): Expr { return this.m.f64.ne(a, b); }
  f64_lt(a: Expr, b: Expr): Expr { return this.m.f64.lt(a, b); }
  f64_le(a: Expr, b: Expr): Expr { return this.m.f64.le(a, b); }
  f64_gt(a: Expr, b: Expr): Expr { return this.m.f64.gt(a, b); }
  f64_ge(a: Expr, b: Expr): Expr { return this.m.f64.ge(a, b); }
  f64_convert_i32_s(a: Expr): Expr { return this.m.f64.convert_s.i32(a); }
  f64_convert_i32_u(a: Expr): Expr { return this.m.f64.convert_u.i32(a); }

  // ---- module-level -------------------------------------------------------------
  addFunction(name: string, params: WasmType[], result: WasmType, locals: WasmType[], body: Expr): void {
    this.m.addFunction(name, B.createType(params), result, locals, body);
  }
  /** Imports a function: the host's, or (`compiled`) another compiled module's, called directly. */
  addFunctionImport(name: string, module: string, base: string, params: WasmType[], result: WasmType, compiled = false): void {
    this.m.addFunctionImport(name, module, base, B.createType(params), result);
    this.imported.push(name);
    if (compiled) this.compiledImports.add(base);
  }
  /** Drops the function imports no `call` emitted (smaller modules, fewer wrappers to instantiate). */
  removeUnusedImports(): void {
    for (const name of this.imported) if (!this.called.has(name)) this.m.removeFunction(name);
    this.imported = [];
  }
  addGlobalImport(name: string, module: string, base: string, t: WasmType, mutable: boolean): void {
    this.m.addGlobalImport(name, module, base, t, mutable);
  }
  /** Imports the host's linear memory (the shadow stack of compiled calls, see jit.ts). */
  addMemoryImport(name: string, module: string, base: string): void {
    this.m.addMemoryImport(name, module, base, false);
  }
  /** Imports a table of externref (the host's table of references, see mirrors.ts). */
  addExternrefTableImport(name: string, module: string, base: string): void {
    this.m.addTable(name, 0, 0xffffffff, B.externref);
    this.m.addTableImport(name, module, base);
  }
  table_get(table: string, index: Expr): Expr { return this.m.table.get(table, index, B.externref); }
  table_set(table: string, index: Expr, value: Expr): Expr { return this.m.table.set(table, index, value); }
  addFunctionExport(name: string, as: string): void {
    this.m.addFunctionExport(name, as);
  }
  /** A relooper over this module: turns the bytecode's control-flow graph into structured wasm. */
  relooper(): any {
    return new B.Relooper(this.m);
  }

  /** Validates (throws on an invalid module), optimises, and returns the binary, with branch hints (branch-hints.ts). */
  finish(optimize: boolean, branchHints = BRANCH_HINTS): Uint8Array {
    if (!this.m.validate()) throw new Error('jit: generated module does not validate');
    if (optimize) this.m.optimize();
    const binary: Uint8Array = this.m.emitBinary();
    if (!branchHints) return binary;
    const hinted = addBranchHints(binary, (_module, field) => !this.compiledImports.has(field));
    this.hints = hinted.hints;
    return hinted.binary;
  }
  /** The module's text, with the branch hints `finish` added. */
  emitText(): string {
    return annotateText(this.m.emitText(), this.hints);
  }
  dispose(): void {
    this.m.dispose();
  }
}

/** A local's index, checked: codegen asking for a local it never made is a bug in codegen. */
function localIndex(i: number): number {
  if (!Number.isInteger(i) || i < 0) throw new Error(`jit: no such local (${String(i)})`);
  return i;
}
