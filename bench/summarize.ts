// Turns raw cell runs into the report's cells and geometric-mean rows: the
// median with its interval, the steady-state time, the speedup over the
// baseline column with a bootstrap interval, and per column the geometric
// mean over the benchmarks on which every column succeeded.

import type { CellRun } from './cell-process.js';
import type { CellJson, CellSummary, GeomeanRow, OkCell } from './report-schema.js';
import { geometricMean, geometricMeanOfRatios, median, medianWithInterval, ratioOfMedians } from './statistics.js';

/** Steady state: the median of the last quarter of all iterations, at most this many. */
const STEADY_STATE_ITERATIONS = 10;

export interface RawCell {
  benchmark: string;
  column: string;
  size: number;
  run: CellRun;
}

/** The cell as it goes into the report, without the speedup (which needs the baseline's cell). */
export function cellFromRun(raw: RawCell): CellJson {
  const { outcome, wallMs, cpuMs } = raw.run;
  const base = { benchmark: raw.benchmark, column: raw.column, size: raw.size, wallMs, cpuMs };
  if (outcome.status === 'failed') return { ...base, status: 'failed', failure: outcome.failure, message: outcome.message };
  const m = outcome.measurement;
  const summary: CellSummary = {
    median: medianWithInterval(m.samplesMs),
    meanMs: m.tinybench.meanMs,
    steadyMs: steadyStateMs([m.firstMs, ...m.warmupMs, ...m.samplesMs]),
    speedup: null,
  };
  return { ...base, status: 'ok', loadMs: m.loadMs, firstMs: m.firstMs, warmupMs: m.warmupMs, samplesMs: m.samplesMs, tinybench: m.tinybench, counters: m.counters, summary };
}

export function steadyStateMs(sequence: readonly number[]): number {
  const count = Math.max(1, Math.min(STEADY_STATE_ITERATIONS, Math.ceil(sequence.length / 4)));
  return median(sequence.slice(-count));
}

/** Fills in every cell's speedup over the baseline column's cell of the same benchmark. */
export function addSpeedups(cells: CellJson[], baseline: string | null): void {
  if (!baseline) return;
  for (const cell of cells) {
    if (cell.status !== 'ok') continue;
    const reference = findOk(cells, cell.benchmark, baseline);
    if (!reference) continue;
    cell.summary.speedup =
      cell.column === baseline
        ? { estimate: 1, low: 1, high: 1, level: 1 }
        : ratioOfMedians(reference.samplesMs, cell.samplesMs, { seed: seedFor(cell.benchmark, cell.column) });
  }
}

/** One row per column: geometric means over the benchmarks where every column has a result. */
export function geomeanRows(cells: CellJson[], columns: string[], benchmarks: string[], baseline: string | null): GeomeanRow[] {
  const common = benchmarks.filter((b) => columns.every((c) => findOk(cells, b, c)));
  return columns.map((column) => {
    const own = common.map((b) => findOk(cells, b, column)!);
    const medianMs = own.length > 0 ? geometricMean(own.map((c) => c.summary.median.estimate)) : null;
    let speedup: GeomeanRow['speedup'] = null;
    if (baseline && own.length > 0) {
      speedup =
        column === baseline
          ? { estimate: 1, low: 1, high: 1, level: 1 }
          : geometricMeanOfRatios(
              common.map((b) => ({ numerator: findOk(cells, b, baseline)!.samplesMs, denominator: findOk(cells, b, column)!.samplesMs })),
              { seed: seedFor('geomean', column) },
            );
    }
    return { column, medianMs, speedup, benchmarks: own.length };
  });
}

export function findOk(cells: readonly CellJson[], benchmark: string, column: string): OkCell | undefined {
  const cell = cells.find((c) => c.benchmark === benchmark && c.column === column);
  return cell?.status === 'ok' ? cell : undefined;
}

/** A bootstrap seed that depends only on the cell, so reports do not change with run order. */
export function seedFor(...parts: string[]): number {
  let hash = 2166136261;
  for (const ch of parts.join('\u0000')) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
