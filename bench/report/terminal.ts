// The report printed on standard output: the per-cell table (median with its
// interval, speedup with its interval, first-iteration and steady-state time),
// the columns' counters, failures, and last the speedup matrix with its
// geometric-mean row, so the summary is what stays on screen.

import type { BenchReport } from '../report-schema.js';
import { renderTextTable } from './text-table.js';
import { baselineNote, breakEvenRows, cellView, counterTables, failedCells, geomeanViews, headline, orderedCells } from './report-view.js';
import { formatFactor } from './format.js';

export function renderTerminalReport(report: BenchReport): string {
  const parts: string[] = [headline(report)];
  parts.push(renderCellTable(report), '');
  for (const table of counterTables(report, { numericOnly: true })) {
    parts.push(`Counters on ${table.column} (totals over every iteration of the cell):`);
    parts.push(
      renderTextTable(
        ['benchmark', 'iterations', ...table.names],
        table.rows.map((r) => [r.benchmark, String(r.iterations), ...r.values]),
        ['left', 'right', ...table.names.map(() => 'right' as const)],
      ),
    );
    if (table.omitted.length > 0) parts.push(`(text counters ${table.omitted.map((n) => `'${n}'`).join(', ')} are in the --json, --md and --html reports)\n`);
  }
  for (const column of report.columns.map((c) => c.name).filter((c) => c === 'jit')) {
    if (!report.columns.some((c) => c.name === 'vm')) break;
    const rows = breakEvenRows(report, column, 'vm');
    if (rows.length === 0) continue;
    parts.push(`Compilation on ${column} against vm (compile time, its share of the first iteration, and the iteration from which ${column}'s total time stays at or below vm's):`);
    parts.push(
      renderTextTable(
        ['benchmark', 'compile', 'of first', 'break-even'],
        rows.map((r) => [r.benchmark, `${r.compileMs.toFixed(1)} ms`, `${(r.firstShare * 100).toFixed(0)}%`, r.iteration === null ? `not within ${r.measured}` : `iteration ${r.iteration}`]),
        ['left', 'right', 'right', 'right'],
      ),
    );
    parts.push('');
  }
  const failures = failedCells(report);
  if (failures.length > 0) {
    parts.push('Failed cells (never timed):');
    for (const f of failures) parts.push(`  ${f.benchmark} on ${f.column}: ${f.failure}: ${indent(f.message)}`);
    parts.push('');
  }
  for (const s of report.skipped) parts.push(`note: column ${s.column} skipped: ${s.reason}`);
  if (report.skipped.length > 0) parts.push('');
  parts.push(renderSpeedupMatrix(report));
  parts.push(baselineNote(report));
  return parts.join('\n');
}

export function renderCellTable(report: BenchReport): string {
  let previous = '';
  const rows = orderedCells(report).map((cell) => {
    const v = cellView(cell);
    const name = v.benchmark === previous ? '' : v.benchmark;
    previous = v.benchmark;
    return [name, v.column, v.median, v.medianInterval, v.speedup, v.speedupInterval, v.first, v.steady, v.samples];
  });
  const baseline = report.metadata.baseline ?? 'baseline';
  return renderTextTable(
    ['benchmark', 'column', 'median', '95% CI', `vs ${baseline}`, '95% CI', 'first', 'steady', 'n'],
    rows,
    ['left', 'left', 'right', 'left', 'right', 'left', 'right', 'right', 'right'],
  );
}

/** Benchmarks × columns of speedups over the baseline, then the geometric-mean rows. */
export function renderSpeedupMatrix(report: BenchReport): string {
  const columns = report.columns.map((c) => c.name);
  const rows: (string[] | null)[] = report.benchmarks.map((b) => [
    b.name,
    ...columns.map((column) => {
      const cell = report.cells.find((c) => c.benchmark === b.name && c.column === column);
      if (!cell) return '';
      if (cell.status === 'failed') return 'FAILED';
      return cell.summary.speedup ? formatFactor(cell.summary.speedup.estimate) : '—';
    }),
  ]);
  const geomeans = geomeanViews(report);
  rows.push(null);
  rows.push(['geomean', ...geomeans.map((g) => g.speedup)]);
  rows.push(['  95% CI', ...geomeans.map((g) => g.speedupInterval)]);
  rows.push(['  time', ...geomeans.map((g) => g.medianMs)]);
  const counted = geomeans[0]?.benchmarks ?? '0';
  const title = `Speedup over ${report.metadata.baseline ?? 'the first column'} (geomean over ${counted} benchmarks that succeeded on every column):`;
  return title + '\n' + renderTextTable(['benchmark', ...columns], rows, ['left', ...columns.map(() => 'right' as const)]);
}

function indent(text: string): string {
  return text.trim().split('\n').slice(0, 12).join('\n      ');
}
