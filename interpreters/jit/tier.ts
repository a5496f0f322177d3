// The JIT as a tier of the tier table (src/tiers.ts): a VM whose call hook
// (Vm.jit) runs hot functions as type-specialised WebAssembly. binaryen is
// loaded by the tier's prepare() (loadBinaryen), which every runner awaits
// before a jit run, so other tiers never pay for it; if a runner did not, it
// loads in the background and the JIT starts compiling once it is there.

import type { Program } from '../../src/front/ast.js';
import type { Realm } from '../../src/runtime/realm.js';
import type { TierInstance, TierOptions } from '../../src/tiers.js';
import { vmStats } from '../vm/stats.js';
import { Vm } from '../vm/vm.js';
import { Jit } from './jit.js';
import { compilerReady, startCompileService } from './compile-service.js';
import { loadBinaryen } from './module.js';

/** Calls plus loop iterations before a function is compiled. */
export const DEFAULT_THRESHOLD = 1000;

/** The JIT of the most recent jit run in this process (for `speedlab wasm`). */
export let lastJit: Jit | null = null;

/**
 * Whether a run with these options compiles in the compiler thread: not the
 * test modes (threshold 0, deopt stress), not `speedlab wasm` (it wants each
 * module's text), not `--jit-compile sync`. Those compile in the program's
 * thread, at the moment code gets hot.
 */
export function compilesInBackground(options: TierOptions): boolean {
  return options.jitCompile !== 'sync' && options.jitThreshold !== 0 && options.deoptStress !== true && options.jitKeepText !== true;
}

/**
 * The tier's prepare(): starts the compiler thread (it loads binaryen there,
 * without holding up the program), or loads binaryen into this thread for
 * the runs that compile here. binaryen stays out of the program's heap
 * otherwise: with it there, the allocation-heavy benchmarks' collections were
 * measurably slower (storage 0.74x of the VM with nothing compiled).
 */
export async function prepareJitTier(options: TierOptions): Promise<void> {
  if (!compilesInBackground(options)) await loadBinaryen();
  else if (options.jitCompilerReady === true) await compilerReady();
  else startCompileService();
}

export function createJitTier(realm: Realm, program: Program, options: TierOptions): TierInstance {
  const counting = (options as TierOptions & { stats?: boolean }).stats === true;
  const vm = new Vm(realm, program, { countInstructions: counting, trace: options.trace, traceLimit: options.traceLimit, writeDiagnostic: options.writeDiagnostic });
  const jit = new Jit(vm, realm, {
    threshold: options.jitThreshold ?? DEFAULT_THRESHOLD,
    trace: options.traceJit === true,
    stress: options.deoptStress === true,
    keepText: options.jitKeepText === true,
    timing: counting,
    background: compilesInBackground(options),
    write: options.writeDiagnostic ?? ((t) => process.stderr.write(t)),
    // binaryen's optimiser is off: V8 optimises the module itself, and the optimiser only added compile
    // time (README, "Optimisation level"); SPEEDLAB_JIT_OPT=1 turns it on for that measurement
    optimize: process.env.SPEEDLAB_JIT_OPT === '1',
  });
  vm.jit = jit;
  // loops ask for on-stack replacement once they pass the threshold too
  vm.compiler.osrAt = jit.options.threshold;
  // and calls go through the JIT's hook from the first (it decides when to look again)
  vm.compiler.jitCallsAt = 0;
  lastJit = jit;
  return {
    runScript: () => vm.runScript(),
    callUser: (fn, thisArg, args, newTarget) => jit.callFromHost(fn, thisArg, args, newTarget),
    stackTrace: () => vm.stackTrace(),
    stats: () => {
      const out: Record<string, number | string> = { ...vmStats(vm, counting) };
      out['jit compiles'] = jit.stats.compiles;
      out['jit compile time'] = `${jit.stats.compileMs.toFixed(1)} ms`;
      out['jit background compile time'] = `${jit.stats.backgroundMs.toFixed(1)} ms`;
      out['jit entries into wasm'] = jit.stats.wasmEntries;
      out['jit OSR entries'] = jit.stats.osrEntries;
      out['jit OSR declined'] = jit.stats.osrDeclined;
      out['jit loop re-entries (tier-up)'] = jit.stats.reentries;
      out['jit time in compiled code'] = `${jit.stats.wasmMs.toFixed(1)} ms (with the host calls it makes)`;
      out['jit instructions run by exec'] = jit.stats.execs;
      out['jit array elements mirrored'] = `${jit.mirroredElements} (copied into and out of linear memory)`;
      out['jit arrays made in their mirror'] = `${jit.stats.freshArrays} (new Array(n).fill(v) that never left compiled code)`;
      out['jit not compilable'] = jit.stats.ineligible;
      out['jit deopts'] = jit.stats.deopts;
      for (const [reason, n] of jit.deoptReasons) out[`jit deopts: ${reason}`] = n;
      out['jit recompiles'] = jit.stats.recompiles;
      out['jit given up'] = jit.stats.givenUp;
      return out;
    },
  };
}
