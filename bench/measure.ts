// Measures one loaded program with tinybench: the first (cold) iteration is
// timed on its own and its result verified before anything is timed further;
// then tinybench runs the warm-up and the measured samples. Each iteration times
// only the call itself (tinybench's overriddenDuration) and is recorded in
// order, so the report can draw warm-up curves. The last result is verified
// too: a run whose result turns wrong is a failed cell, not a timing.

import { Bench, type HookMode } from 'tinybench';
import type { Measurement } from './cell.js';
import type { MeasurementPlan } from './plan.js';
import { WrongResult, type LoadedProgram } from './runners/loaded-program.js';

export function measureProgram(program: LoadedProgram, size: number, plan: MeasurementPlan, loadMs: number): Measurement {
  const now = (): number => performance.now();

  const started = now();
  const firstResult = program.run(size);
  const firstMs = now() - started;
  if (!program.verify(firstResult, size)) throw new WrongResult(`verify(result, ${size}) returned false after the first iteration`);

  const warmupMs: number[] = [];
  const samplesMs: number[] = [];
  let phase: HookMode = 'warmup';
  let last: unknown = undefined;
  let hasLast = false;
  const bench = new Bench({
    warmup: plan.warmupIterations > 0 || plan.warmupTimeMs > 0,
    warmupIterations: plan.warmupIterations,
    warmupTime: plan.warmupTimeMs,
    iterations: plan.minSamples,
    time: plan.timeMs,
    throws: true,
    retainSamples: true,
  });
  bench.add(
    'iteration',
    () => {
      const t0 = now();
      const result = program.run(size);
      const duration = now() - t0;
      (phase === 'warmup' ? warmupMs : samplesMs).push(duration);
      if (hasLast) program.release(last);
      last = result;
      hasLast = true;
      return { overriddenDuration: duration };
    },
    {
      async: false,
      beforeAll(mode) {
        phase = mode ?? 'run';
      },
    },
  );
  bench.runSync();
  const task = bench.tasks[0];
  const result = task.result;
  if (result.state === 'errored') throw result.error;
  if (result.state !== 'completed') throw new Error(`tinybench ended in state ${result.state}`);
  if (!hasLast || !program.verify(last, size)) throw new WrongResult(`verify(result, ${size}) returned false after the last measured iteration`);

  const latency = result.latency;
  return {
    loadMs,
    firstMs,
    warmupMs,
    samplesMs,
    tinybench: { meanMs: latency.mean, p50Ms: latency.p50, sdMs: latency.sd, moeMs: latency.moe, rme: latency.rme, samples: latency.samplesCount },
    counters: program.counters(),
  };
}
