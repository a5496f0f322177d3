// The VM as a tier of the tier table (src/tiers.ts): one Vm per run, with the
// run's trace and stats options. The first one in a process warms the dispatch
// loop up (warm-up.ts; SPEEDLAB_VM_WARMUP=0 skips it, to measure it).

import type { Program } from '../../src/front/ast.js';
import type { Realm } from '../../src/runtime/realm.js';
import type { TierInstance, TierOptions } from '../../src/tiers.js';
import { vmStats } from './stats.js';
import { Vm } from './vm.js';
import { warmUpOnce } from './warm-up.js';

export function createVmTier(realm: Realm, program: Program, options: TierOptions): TierInstance {
  // `stats` is not a TierOptions field: the run command passes its request through, which carries it
  const counting = (options as TierOptions & { stats?: boolean }).stats === true || options.trace === true;
  if (process.env.SPEEDLAB_VM_WARMUP !== '0') warmUpOnce();
  const vm = new Vm(realm, program, {
    countInstructions: counting,
    trace: options.trace,
    traceLimit: options.traceLimit,
    writeDiagnostic: options.writeDiagnostic,
  });
  return {
    runScript: () => vm.runScript(),
    callUser: (fn, thisArg, args, newTarget) => vm.callUser(fn, thisArg, args, newTarget),
    stackTrace: () => vm.stackTrace(),
    stats: () => vmStats(vm, counting),
  };
}
