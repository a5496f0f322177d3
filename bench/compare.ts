// `speedlab bench compare OLD.json NEW.json`: per benchmark and column, the
// change of the median time with a bootstrap interval and a Welch t-test on
// log times, and a verdict that says "no significant change" unless the
// difference is both statistically clear (p < alpha and the interval excludes
// no change) and large enough to matter (at least `threshold`). Per column,
// the geometric-mean change over the benchmarks both reports have.

import type { BenchReport, OkCell } from './report-schema.js';
import { geometricMeanOfRatios, ratioOfMedians, welchTTest, type Interval } from './statistics.js';
import { seedFor } from './summarize.js';

export type Verdict = 'faster' | 'slower' | 'no significant change';

export interface CompareOptions {
  /** Significance level of the t-test; many cells are tested at once, so the default is strict. */
  alpha: number;
  /** Smallest relative change reported as a change (0.03 = 3%). */
  threshold: number;
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { alpha: 0.01, threshold: 0.03 };

export interface ComparedCell {
  benchmark: string;
  column: string;
  oldMs: number;
  newMs: number;
  /** new median / old median (above 1: slower). */
  ratio: Interval;
  p: number;
  verdict: Verdict;
}

export interface UncomparedCell {
  benchmark: string;
  column: string;
  /** Why there is no comparison: a side without the cell, or where it failed. */
  reason: string;
}

export interface GeomeanChange {
  column: string;
  ratio: Interval;
  benchmarks: number;
  verdict: Verdict;
}

export interface Comparison {
  old: BenchReport['metadata'];
  new: BenchReport['metadata'];
  options: CompareOptions;
  cells: ComparedCell[];
  uncompared: UncomparedCell[];
  geomean: GeomeanChange[];
}

function verdictFor(ratio: Interval, significant: boolean, threshold: number): Verdict {
  const clear = significant && (ratio.low > 1 || ratio.high < 1) && Math.abs(ratio.estimate - 1) >= threshold;
  if (!clear) return 'no significant change';
  return ratio.estimate > 1 ? 'slower' : 'faster';
}

export function compareReports(oldReport: BenchReport, newReport: BenchReport, options: CompareOptions = DEFAULT_COMPARE_OPTIONS): Comparison {
  const keys: { benchmark: string; column: string }[] = [];
  const seen = new Set<string>();
  for (const cell of [...oldReport.cells, ...newReport.cells]) {
    const key = `${cell.benchmark}\u0000${cell.column}`;
    if (!seen.has(key)) {
      seen.add(key);
      keys.push({ benchmark: cell.benchmark, column: cell.column });
    }
  }
  const cells: ComparedCell[] = [];
  const uncompared: UncomparedCell[] = [];
  const pairs = new Map<string, { benchmark: string; old: OkCell; new: OkCell }[]>();
  for (const { benchmark, column } of keys) {
    const before = oldReport.cells.find((c) => c.benchmark === benchmark && c.column === column);
    const after = newReport.cells.find((c) => c.benchmark === benchmark && c.column === column);
    if (!before || !after) {
      uncompared.push({ benchmark, column, reason: before ? 'not in the new report' : 'not in the old report' });
      continue;
    }
    if (before.status !== 'ok' || after.status !== 'ok') {
      const where = [before.status !== 'ok' ? 'old' : '', after.status !== 'ok' ? 'new' : ''].filter(Boolean).join(' and ');
      uncompared.push({ benchmark, column, reason: `failed in the ${where} report` });
      continue;
    }
    if (before.size !== after.size) {
      uncompared.push({ benchmark, column, reason: `sizes differ (${before.size} vs ${after.size})` });
      continue;
    }
    const ratio = ratioOfMedians(after.samplesMs, before.samplesMs, { seed: seedFor('compare', benchmark, column) });
    const test = welchTTest(after.samplesMs.map(Math.log), before.samplesMs.map(Math.log));
    cells.push({
      benchmark,
      column,
      oldMs: before.summary.median.estimate,
      newMs: after.summary.median.estimate,
      ratio,
      p: test.p,
      verdict: verdictFor(ratio, test.p < options.alpha, options.threshold),
    });
    const list = pairs.get(column) ?? [];
    list.push({ benchmark, old: before, new: after });
    pairs.set(column, list);
  }
  const geomean: GeomeanChange[] = [...pairs.entries()].map(([column, list]) => {
    const ratio = geometricMeanOfRatios(
      list.map((p) => ({ numerator: p.new.samplesMs, denominator: p.old.samplesMs })),
      { seed: seedFor('compare-geomean', column) },
    );
    return { column, ratio, benchmarks: list.length, verdict: verdictFor(ratio, true, options.threshold) };
  });
  return { old: oldReport.metadata, new: newReport.metadata, options, cells, uncompared, geomean };
}

