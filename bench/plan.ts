// How long each cell is measured. Two presets (the default run and --quick)
// sized so the whole suite fits its time budget on a 2-core machine (see
// bench/README.md for the measured totals); the CLI can override each field.

export interface MeasurementPlan {
  /** Warm-up budget after the first iteration (tinybench keeps going until both limits are met). */
  warmupTimeMs: number;
  warmupIterations: number;
  /** Measurement budget: samples are taken until both limits are met. */
  timeMs: number;
  minSamples: number;
  /** A cell's child process is killed after this long (a runaway program is a failed cell). */
  cellTimeoutMs: number;
}

export type PlanName = 'default' | 'quick';

export const PLANS: Record<PlanName, MeasurementPlan> = {
  // About 2 s per cell for a tree-walker at 250 ms per iteration; long enough for
  // a JIT at 20 ms per iteration to show 60 iterations of warm-up curve.
  default: { warmupTimeMs: 400, warmupIterations: 1, timeMs: 800, minSamples: 5, cellTimeoutMs: 120_000 },
  // The first (cold) iteration plus a few samples: a smoke test with rough numbers.
  quick: { warmupTimeMs: 0, warmupIterations: 0, timeMs: 100, minSamples: 2, cellTimeoutMs: 60_000 },
};

/** How many cells run at the same time by default: 1 for trustworthy numbers; --quick uses both cores. */
export function defaultJobs(plan: PlanName, cores: number): number {
  return plan === 'quick' ? Math.max(1, Math.min(2, cores)) : 1;
}
