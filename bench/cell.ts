// The unit of work of the harness: one benchmark program on one column, run in
// its own child process. These are the messages between the parent (which
// schedules cells) and the child (which loads, verifies and measures).

import type { ColumnDefinition } from './columns.js';
import type { MeasurementPlan } from './plan.js';

export interface CellRequest {
  benchmark: string;
  file: string;
  source: string;
  /** Problem size passed to benchmark(size) and verify(result, size). */
  size: number;
  column: ColumnDefinition;
  plan: MeasurementPlan;
}

/** Tinybench's own summary of the measured samples (kept for reference in the JSON). */
export interface TinybenchSummary {
  meanMs: number;
  p50Ms: number;
  sdMs: number;
  /** Half-width of tinybench's 95% confidence interval of the mean. */
  moeMs: number;
  /** Relative margin of error, in percent. */
  rme: number;
  samples: number;
}

export interface Measurement {
  /** Parse + compile + running the top level (our tiers, quickjs, sval) or evaluating it (node). */
  loadMs: number;
  /** The first, cold call of benchmark(size). */
  firstMs: number;
  /** Warm-up iterations after the first, in order. */
  warmupMs: number[];
  /** Measured iterations, in order. */
  samplesMs: number[];
  tinybench: TinybenchSummary;
  /** The column's counters after the run (totals over every iteration), when it has any. */
  counters: Record<string, number | string>;
}

export type FailureKind = 'wrong-result' | 'error' | 'crash' | 'timeout';

export type CellOutcome =
  | { status: 'ok'; measurement: Measurement }
  | { status: 'failed'; failure: FailureKind; message: string };

/** What the child process sends back: the outcome and the CPU time the whole child used. */
export interface CellReply {
  outcome: CellOutcome;
  /** User + system CPU time of the child process (all its threads), in ms. */
  cpuMs: number;
}
