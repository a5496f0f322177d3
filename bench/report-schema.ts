// The JSON report: its types, declared once, and a checker that validates a
// parsed file against them (used by `compare` on its inputs and by the tests).
// Every sample is kept, in the order it was taken, with the run's metadata.

import type { FailureKind, TinybenchSummary } from './cell.js';
import type { ColumnKind } from './columns.js';
import type { MeasurementPlan, PlanName } from './plan.js';

export const REPORT_SCHEMA = 'speedlab-bench/1';

export interface RunMetadata {
  speedlabVersion: string;
  /** The checked-out commit, or null outside a git work tree. */
  gitCommit: string | null;
  nodeVersion: string;
  v8Version: string;
  cpuModel: string;
  cpuCount: number;
  platform: string;
  arch: string;
  totalMemoryMb: number;
  /** ISO 8601 start time. */
  date: string;
  plan: PlanName;
  planSettings: MeasurementPlan;
  /** Cells run at the same time (more than 1 makes timings noisier). */
  jobs: number;
  /** 'size' (measured) or 'tinySize' (smoke test: timings mean nothing). */
  sizeField: 'size' | 'tinySize';
  /** The column every speedup is relative to (`ast` when it ran). */
  baseline: string | null;
  /** Wall time of the whole run. */
  totalWallMs: number;
  /** CPU time of the whole run (this process and every cell's child process): its cost on an idle machine. */
  totalCpuMs: number;
  /**
   * The machine's 1-minute load average when the run started and ended (0 where
   * the platform has none). Above the CPU count, other processes competed for
   * the cores and the timings are noisier than their intervals say.
   */
  loadAverage: { start: number; end: number };
}

export interface ColumnInfo {
  name: string;
  kind: ColumnKind;
  summary: string;
  compilesAtRunTime: boolean;
}

export interface BenchmarkInfo {
  name: string;
  category: string;
  description: string;
  size: number;
  file: string;
}

export interface IntervalJson {
  estimate: number;
  low: number;
  high: number;
  level: number;
}

export interface CellSummary {
  /** Median time per iteration over the measured samples, with its confidence interval. */
  median: IntervalJson;
  meanMs: number;
  /** Median of the last iterations of the whole sequence (first + warm-up + samples). */
  steadyMs: number;
  /** baseline median / this median: how many times faster than the baseline. */
  speedup: IntervalJson | null;
}

export interface OkCell {
  benchmark: string;
  column: string;
  status: 'ok';
  size: number;
  wallMs: number;
  cpuMs: number;
  loadMs: number;
  firstMs: number;
  warmupMs: number[];
  samplesMs: number[];
  tinybench: TinybenchSummary;
  counters: Record<string, number | string>;
  summary: CellSummary;
}

export interface FailedCell {
  benchmark: string;
  column: string;
  status: 'failed';
  size: number;
  wallMs: number;
  cpuMs: number;
  failure: FailureKind;
  message: string;
}

export type CellJson = OkCell | FailedCell;

export interface GeomeanRow {
  column: string;
  /** Geometric mean of the medians (ms) over the benchmarks where every column succeeded. */
  medianMs: number | null;
  /** Geometric mean of the speedups over the baseline, with a bootstrap interval. */
  speedup: IntervalJson | null;
  benchmarks: number;
}

export interface BenchReport {
  schema: typeof REPORT_SCHEMA;
  metadata: RunMetadata;
  columns: ColumnInfo[];
  skipped: { column: string; reason: string }[];
  benchmarks: BenchmarkInfo[];
  cells: CellJson[];
  geomean: GeomeanRow[];
}

// ---- validation ----------------------------------------------------------

type Check = (value: unknown, path: string, errors: string[]) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const string: Check = (v, p, e) => void (typeof v !== 'string' && e.push(`${p}: expected a string`));
const number: Check = (v, p, e) => void (typeof v !== 'number' && e.push(`${p}: expected a number`));
const boolean: Check = (v, p, e) => void (typeof v !== 'boolean' && e.push(`${p}: expected a boolean`));
const nullable = (check: Check): Check => (v, p, e) => void (v !== null && check(v, p, e));
const oneOf = (...values: string[]): Check => (v, p, e) => void (!values.includes(v as string) && e.push(`${p}: expected one of ${values.join(', ')}`));
const arrayOf = (check: Check): Check => (v, p, e) => {
  if (!Array.isArray(v)) return void e.push(`${p}: expected an array`);
  v.forEach((item, i) => check(item, `${p}[${i}]`, e));
};
const record = (check: Check): Check => (v, p, e) => {
  if (!isObject(v)) return void e.push(`${p}: expected an object`);
  for (const [k, item] of Object.entries(v)) check(item, `${p}.${k}`, e);
};
const object = (fields: Record<string, Check>): Check => (v, p, e) => {
  if (!isObject(v)) return void e.push(`${p}: expected an object`);
  for (const [k, check] of Object.entries(fields)) {
    if (!(k in v)) e.push(`${p}.${k}: missing`);
    else check(v[k], `${p}.${k}`, e);
  }
};
const numberOrString: Check = (v, p, e) => void (typeof v !== 'number' && typeof v !== 'string' && e.push(`${p}: expected a number or a string`));

const interval = object({ estimate: number, low: number, high: number, level: number });

const planSettings = object({ warmupTimeMs: number, warmupIterations: number, timeMs: number, minSamples: number, cellTimeoutMs: number });

const metadata = object({
  speedlabVersion: string,
  gitCommit: nullable(string),
  nodeVersion: string,
  v8Version: string,
  cpuModel: string,
  cpuCount: number,
  platform: string,
  arch: string,
  totalMemoryMb: number,
  date: string,
  plan: oneOf('default', 'quick'),
  planSettings,
  jobs: number,
  sizeField: oneOf('size', 'tinySize'),
  baseline: nullable(string),
  totalWallMs: number,
  totalCpuMs: number,
  loadAverage: object({ start: number, end: number }),
});

const okCell = object({
  benchmark: string,
  column: string,
  status: oneOf('ok'),
  size: number,
  wallMs: number,
  cpuMs: number,
  loadMs: number,
  firstMs: number,
  warmupMs: arrayOf(number),
  samplesMs: arrayOf(number),
  tinybench: object({ meanMs: number, p50Ms: number, sdMs: number, moeMs: number, rme: number, samples: number }),
  counters: record(numberOrString),
  summary: object({ median: interval, meanMs: number, steadyMs: number, speedup: nullable(interval) }),
});

const failedCell = object({
  benchmark: string,
  column: string,
  status: oneOf('failed'),
  size: number,
  wallMs: number,
  cpuMs: number,
  failure: oneOf('wrong-result', 'error', 'crash', 'timeout'),
  message: string,
});

const cell: Check = (v, p, e) => {
  if (isObject(v) && v.status === 'failed') failedCell(v, p, e);
  else okCell(v, p, e);
};

const report = object({
  schema: oneOf(REPORT_SCHEMA),
  metadata,
  columns: arrayOf(object({ name: string, kind: oneOf('tier', 'node', 'quickjs', 'sval'), summary: string, compilesAtRunTime: boolean })),
  skipped: arrayOf(object({ column: string, reason: string })),
  benchmarks: arrayOf(object({ name: string, category: string, description: string, size: number, file: string })),
  cells: arrayOf(cell),
  geomean: arrayOf(object({ column: string, medianMs: nullable(number), speedup: nullable(interval), benchmarks: number })),
});

/** Every way `value` differs from a BenchReport (empty when it is one). */
export function validateReport(value: unknown): string[] {
  const errors: string[] = [];
  report(value, 'report', errors);
  if (errors.length === 0) {
    const r = value as BenchReport;
    for (const [i, c] of r.cells.entries()) {
      if (c.status === 'ok' && c.samplesMs.length === 0) errors.push(`report.cells[${i}].samplesMs: no samples`);
      if (c.status === 'ok' && c.tinybench.samples !== c.samplesMs.length) errors.push(`report.cells[${i}]: tinybench counted ${c.tinybench.samples} samples, samplesMs has ${c.samplesMs.length}`);
    }
  }
  return errors;
}
