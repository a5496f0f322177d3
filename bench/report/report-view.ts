// The report as rows of text, computed once and shared by the terminal table,
// markdown and CSV: per cell the median with its interval, the speedup with
// its interval, first-iteration and steady-state times; the geometric-mean
// rows; failures with their messages; and the columns' counters.

import type { BenchReport, CellJson, OkCell } from '../report-schema.js';
import { formatDuration, formatFactor, formatMs } from './format.js';

export interface CellView {
  benchmark: string;
  column: string;
  ok: boolean;
  median: string;
  medianInterval: string;
  speedup: string;
  speedupInterval: string;
  first: string;
  steady: string;
  samples: string;
  /** The failure in a few words (failed cells only). */
  failure: string;
}

export function cellView(cell: CellJson): CellView {
  if (cell.status === 'failed') {
    return { benchmark: cell.benchmark, column: cell.column, ok: false, median: `FAILED (${cell.failure})`, medianInterval: '', speedup: '', speedupInterval: '', first: '', steady: '', samples: '', failure: firstLine(cell.message) };
  }
  const m = cell.summary.median;
  const s = cell.summary.speedup;
  return {
    benchmark: cell.benchmark,
    column: cell.column,
    ok: true,
    median: formatMs(m.estimate),
    medianInterval: `[${formatMs(m.low)}, ${formatMs(m.high)}]${m.level < 0.95 ? ` (${Math.round(m.level * 100)}%)` : ''}`,
    speedup: s ? formatFactor(s.estimate) : '—',
    speedupInterval: s && s.level < 1 ? `[${formatFactor(s.low)}, ${formatFactor(s.high)}]` : '',
    first: formatMs(cell.firstMs),
    steady: formatMs(cell.summary.steadyMs),
    samples: String(cell.samplesMs.length),
    failure: '',
  };
}

export function headline(report: BenchReport): string {
  const m = report.metadata;
  const commit = m.gitCommit ? ` · commit ${m.gitCommit.slice(0, 10)}` : '';
  return (
    `speedlab ${m.speedlabVersion} bench · ${m.plan} plan${m.sizeField === 'tinySize' ? ' at tinySize (smoke test: times mean nothing)' : ''}` +
    ` · ${plural(report.benchmarks.length, 'benchmark')} × ${plural(report.columns.length, 'column')} · ${m.jobs} job${m.jobs === 1 ? '' : 's'}` +
    ` · ${formatDuration(m.totalWallMs)} (CPU ${formatDuration(m.totalCpuMs)})\n` +
    `node ${m.nodeVersion} (V8 ${m.v8Version}) · ${m.cpuModel} × ${m.cpuCount} · ${m.platform}/${m.arch} · ${m.date}${commit}\n` +
    `load average ${m.loadAverage.start.toFixed(1)} at the start, ${m.loadAverage.end.toFixed(1)} at the end${busyWarning(report)}\n`
  );
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Whether other processes competed for the cores during the run (load average above the CPU count). */
export function machineWasBusy(report: BenchReport): boolean {
  const m = report.metadata;
  return Math.max(m.loadAverage.start, m.loadAverage.end) > m.cpuCount;
}

function busyWarning(report: BenchReport): string {
  return machineWasBusy(report) ? ` · warning: more runnable processes than cores: timings are noisier than their intervals say` : '';
}

export function baselineNote(report: BenchReport): string {
  const b = report.metadata.baseline;
  return b
    ? `speedup = median time on ${b} / median time on the column (higher is faster); intervals are 95% (median: order statistics, fewer than 6 samples give [min, max] at the level shown; speedup: bootstrap).\n`
    : '';
}

export function orderedCells(report: BenchReport): CellJson[] {
  const columnOrder = new Map(report.columns.map((c, i) => [c.name, i]));
  const benchmarkOrder = new Map(report.benchmarks.map((b, i) => [b.name, i]));
  return [...report.cells].sort(
    (a, b) => benchmarkOrder.get(a.benchmark)! - benchmarkOrder.get(b.benchmark)! || columnOrder.get(a.column)! - columnOrder.get(b.column)!,
  );
}

export interface GeomeanView {
  column: string;
  medianMs: string;
  speedup: string;
  speedupInterval: string;
  benchmarks: string;
}

export function geomeanViews(report: BenchReport): GeomeanView[] {
  return report.geomean.map((g) => ({
    column: g.column,
    medianMs: g.medianMs === null ? '—' : formatMs(g.medianMs),
    speedup: g.speedup ? formatFactor(g.speedup.estimate) : '—',
    speedupInterval: g.speedup && g.speedup.level < 1 ? `[${formatFactor(g.speedup.low)}, ${formatFactor(g.speedup.high)}]` : '',
    benchmarks: `${g.benchmarks}/${report.benchmarks.length}`,
  }));
}

export function failedCells(report: BenchReport): Extract<CellJson, { status: 'failed' }>[] {
  return orderedCells(report).filter((c): c is Extract<CellJson, { status: 'failed' }> => c.status === 'failed');
}

export interface CounterTable {
  column: string;
  names: string[];
  rows: { benchmark: string; iterations: number; values: string[] }[];
  /** Counters left out because they are text (summaries such as inline-cache states); only with numericOnly. */
  omitted: string[];
}

/**
 * Per column with counters: the counter names and one row per benchmark
 * (totals over all iterations). With numericOnly, counters whose values are
 * text are left out (they make terminal tables too wide) and named in `omitted`.
 */
export function counterTables(report: BenchReport, options: { numericOnly?: boolean } = {}): CounterTable[] {
  const tables: CounterTable[] = [];
  for (const column of report.columns) {
    const cells = orderedCells(report).filter((c): c is OkCell => c.column === column.name && c.status === 'ok' && Object.keys(c.counters).length > 0);
    if (cells.length === 0) continue;
    const allNames = [...new Set(cells.flatMap((c) => Object.keys(c.counters)))];
    const isText = (name: string): boolean => cells.some((c) => typeof c.counters[name] === 'string');
    const names = options.numericOnly ? allNames.filter((n) => !isText(n)) : allNames;
    const omitted = allNames.filter((n) => !names.includes(n));
    tables.push({
      column: column.name,
      names,
      omitted,
      rows: cells.map((c) => ({
        benchmark: c.benchmark,
        iterations: 1 + c.warmupMs.length + c.samplesMs.length,
        values: names.map((n) => formatCounter(c.counters[n])),
      })),
    });
  }
  return tables;
}

export interface BreakEvenRow {
  benchmark: string;
  /** Compilation time over the cell (ms), and its share of the first iteration. */
  compileMs: number;
  firstShare: number;
  /** 1-based iteration from which the compiling column's total time (compilation included) stays at or below the interpreter's; null: not within the iterations measured. */
  iteration: number | null;
  measured: number;
}

/**
 * Break-even of a compiling column (one with a 'jit compiles' counter)
 * against `against` (the tier it is built on): the iteration from which its
 * cumulative time, every iteration from the first counted, stays at or below
 * the other column's — when compiling has paid for itself.
 */
export function breakEvenRows(report: BenchReport, column: string, against: string): BreakEvenRow[] {
  const rows: BreakEvenRow[] = [];
  for (const b of report.benchmarks) {
    const jit = report.cells.find((c): c is OkCell => c.benchmark === b.name && c.column === column && c.status === 'ok');
    const base = report.cells.find((c): c is OkCell => c.benchmark === b.name && c.column === against && c.status === 'ok');
    if (jit === undefined || base === undefined || jit.counters['jit compiles'] === undefined) continue;
    const js = [jit.firstMs, ...jit.warmupMs, ...jit.samplesMs];
    const bs = [base.firstMs, ...base.warmupMs, ...base.samplesMs];
    const n = Math.min(js.length, bs.length);
    let cj = 0;
    let cb = 0;
    let iteration: number | null = null;
    for (let i = 0; i < n; i++) {
      cj += js[i];
      cb += bs[i];
      if (cj <= cb) iteration ??= i + 1;
      else iteration = null;
    }
    const compileMs = parseFloat(String(jit.counters['jit compile time'] ?? '0')) || 0;
    rows.push({ benchmark: b.name, compileMs, firstShare: jit.firstMs > 0 ? compileMs / jit.firstMs : 0, iteration, measured: n });
  }
  return rows;
}

function formatCounter(v: number | string | undefined): string {
  if (v === undefined) return '';
  return typeof v === 'number' ? v.toLocaleString('en-US') : v;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 160 ? line.slice(0, 157) + '...' : line;
}
