// The report as a markdown document (for READMEs, issues and pull requests):
// the same figures as the terminal report, as markdown tables.

import type { BenchReport } from '../report-schema.js';
import { baselineNote, cellView, counterTables, failedCells, geomeanViews, headline, orderedCells } from './report-view.js';
import { formatFactor } from './format.js';

function table(headers: string[], rows: string[][], rightAligned: boolean[]): string {
  const escape = (s: string): string => s.replace(/\|/g, '\\|');
  return [
    `| ${headers.map(escape).join(' | ')} |`,
    `|${rightAligned.map((r) => (r ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
  ].join('\n');
}

export function renderMarkdownReport(report: BenchReport): string {
  const out: string[] = ['# speedlab benchmark report', '', headline(report).trim().split('\n').join('  \n'), ''];
  const columns = report.columns.map((c) => c.name);
  const baseline = report.metadata.baseline ?? 'baseline';
  const geomeans = geomeanViews(report);

  out.push(`## Speedup over ${baseline}`, '');
  const matrixRows = report.benchmarks.map((b) => [
    b.name,
    ...columns.map((column) => {
      const cell = report.cells.find((c) => c.benchmark === b.name && c.column === column);
      if (!cell) return '';
      if (cell.status === 'failed') return '**FAILED**';
      return cell.summary.speedup ? formatFactor(cell.summary.speedup.estimate) : '—';
    }),
  ]);
  matrixRows.push(['**geomean**', ...geomeans.map((g) => `**${g.speedup}** ${g.speedupInterval}`.trim())]);
  matrixRows.push(['geomean time', ...geomeans.map((g) => g.medianMs)]);
  out.push(table(['benchmark', ...columns], matrixRows, [false, ...columns.map(() => true)]), '', baselineNote(report).trim(), '');

  out.push('## Every cell', '');
  const cellRows = orderedCells(report).map((cell) => {
    const v = cellView(cell);
    return [v.benchmark, v.column, v.median, v.medianInterval, v.speedup, v.speedupInterval, v.first, v.steady, v.samples];
  });
  out.push(table(['benchmark', 'column', 'median', '95% CI', `vs ${baseline}`, '95% CI', 'first', 'steady', 'n'], cellRows, [false, false, true, false, true, false, true, true, true]), '');

  const failures = failedCells(report);
  if (failures.length > 0) {
    out.push('## Failed cells (never timed)', '');
    for (const f of failures) out.push(`- **${f.benchmark}** on **${f.column}**: ${f.failure}`, '', '  ```', ...f.message.trim().split('\n').slice(0, 12).map((l) => `  ${l}`), '  ```', '');
  }
  for (const t of counterTables(report)) {
    out.push(`## Counters on ${t.column}`, '', 'Totals over every iteration of the cell.', '');
    out.push(table(['benchmark', 'iterations', ...t.names], t.rows.map((r) => [r.benchmark, String(r.iterations), ...r.values]), [false, true, ...t.names.map(() => true)]), '');
  }
  if (report.skipped.length > 0) {
    out.push('## Skipped columns', '', ...report.skipped.map((s) => `- ${s.column}: ${s.reason}`), '');
  }
  return out.join('\n');
}
