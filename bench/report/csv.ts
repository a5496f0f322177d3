// The report as CSV: one row per (benchmark, column) cell with the summary
// figures in milliseconds (samples themselves are in the JSON).

import type { BenchReport } from '../report-schema.js';
import { orderedCells } from './report-view.js';

const HEADER = [
  'benchmark', 'column', 'status', 'size', 'median_ms', 'median_ci_low_ms', 'median_ci_high_ms', 'median_ci_level',
  'speedup', 'speedup_ci_low', 'speedup_ci_high', 'first_ms', 'steady_ms', 'mean_ms', 'samples', 'warmup_iterations', 'load_ms', 'failure',
];

function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(Number(value.toPrecision(6))) : '') : value;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsvReport(report: BenchReport): string {
  const rows = orderedCells(report).map((c) => {
    if (c.status === 'failed') {
      return [c.benchmark, c.column, 'failed', c.size, null, null, null, null, null, null, null, null, null, null, null, null, null, `${c.failure}: ${c.message.split('\n')[0]}`];
    }
    const m = c.summary.median;
    const s = c.summary.speedup;
    return [
      c.benchmark, c.column, 'ok', c.size, m.estimate, m.low, m.high, m.level,
      s?.estimate, s?.low, s?.high, c.firstMs, c.summary.steadyMs, c.summary.meanMs, c.samplesMs.length, c.warmupMs.length, c.loadMs, null,
    ];
  });
  return [HEADER, ...rows].map((r) => r.map(field).join(',')).join('\n') + '\n';
}
