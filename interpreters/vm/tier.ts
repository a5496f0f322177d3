// The VM as a tier of the tier table (src/tiers.ts): one Vm per run, with the
// run's trace and stats options.

import type { Program } from '../../src/front/ast.js';
import type { Realm } from '../../src/runtime/realm.js';
import type { TierInstance, TierOptions } from '../../src/tiers.js';
import { vmStats } from './stats.js';
import { Vm } from './vm.js';

export function createVmTier(realm: Realm, program: Program, options: TierOptions): TierInstance {
  // `stats` is not a TierOptions field: the run command passes its request through, which carries it
  const counting = (options as TierOptions & { stats?: boolean }).stats === true || options.trace === true;
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
