// The HTML report: one self-contained file (inline CSS and SVG, no scripts
// from the network) with the speedup chart, the summary and per-cell tables,
// failures, counters, a warm-up curve per benchmark, and the run's metadata.

import type { BenchReport } from '../report-schema.js';
import { renderSpeedupChartSvg } from './speedup-chart.js';
import { escapeXml } from './svg.js';
import { renderWarmupChartSvg } from './warmup-chart.js';
import { baselineNote, cellView, counterTables, failedCells, geomeanViews, headline, orderedCells } from './report-view.js';
import { formatFactor } from './format.js';

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
table { border-collapse: collapse; font-size: 0.85em; margin: 0.5em 0 1em; }
th, td { padding: 3px 8px; border-bottom: 1px solid #e4e4e4; text-align: right; white-space: nowrap; }
th:first-child, td:first-child, td.left, th.left { text-align: left; }
tr.geomean td { font-weight: bold; border-top: 2px solid #888; }
td.failed { color: #c00; font-weight: bold; }
.meta { color: #555; font-size: 0.9em; }
.curves { display: flex; flex-wrap: wrap; gap: 12px; }
pre { background: #f6f6f6; padding: 0.5em; overflow-x: auto; font-size: 0.8em; }
`;

function row(cells: string[], options: { className?: string; failed?: boolean[] } = {}): string {
  const tds = cells.map((c, i) => `<td${options.failed?.[i] ? ' class="failed"' : ''}>${escapeXml(c)}</td>`).join('');
  return `<tr${options.className ? ` class="${options.className}"` : ''}>${tds}</tr>`;
}

function head(cells: string[]): string {
  return `<tr>${cells.map((c) => `<th>${escapeXml(c)}</th>`).join('')}</tr>`;
}

export function renderHtmlReport(report: BenchReport): string {
  const columns = report.columns.map((c) => c.name);
  const baseline = report.metadata.baseline ?? 'baseline';
  const geomeans = geomeanViews(report);
  const out: string[] = [];
  out.push('<!doctype html><html lang="en"><head><meta charset="utf-8">');
  out.push(`<title>speedlab benchmark report ${escapeXml(report.metadata.date)}</title><style>${STYLE}</style></head><body>`);
  out.push('<h1>speedlab benchmark report</h1>');
  out.push(`<p class="meta">${headline(report).trim().split('\n').map(escapeXml).join('<br>')}</p>`);
  if (report.skipped.length > 0) out.push(`<p class="meta">${report.skipped.map((s) => `column ${escapeXml(s.column)} skipped: ${escapeXml(s.reason)}`).join('<br>')}</p>`);

  out.push(`<h2>Speedup over ${escapeXml(baseline)}</h2>`);
  out.push(renderSpeedupChartSvg(report));
  out.push('<table>', head(['benchmark', ...columns]));
  for (const b of report.benchmarks) {
    const cells = columns.map((column) => report.cells.find((c) => c.benchmark === b.name && c.column === column));
    out.push(
      row(
        [b.name, ...cells.map((c) => (!c ? '' : c.status === 'failed' ? 'FAILED' : c.summary.speedup ? formatFactor(c.summary.speedup.estimate) : '—'))],
        { failed: [false, ...cells.map((c) => c?.status === 'failed')] },
      ),
    );
  }
  out.push(row(['geomean', ...geomeans.map((g) => `${g.speedup} ${g.speedupInterval}`.trim())], { className: 'geomean' }));
  out.push(row(['geomean time', ...geomeans.map((g) => g.medianMs)]));
  out.push('</table>', `<p class="meta">${escapeXml(baselineNote(report))}</p>`);

  out.push('<h2>Warm-up curves</h2>');
  out.push('<p class="meta">Time of every iteration in the order it ran: the first (cold) iteration, the warm-up, then the measured samples. Thick lines are columns that compile at run time (JITs).</p>');
  out.push('<div class="curves">');
  for (const b of report.benchmarks) out.push(renderWarmupChartSvg(report, b.name));
  out.push('</div>');

  out.push('<h2>Every cell</h2><table>', head(['benchmark', 'column', 'median', '95% CI', `vs ${baseline}`, '95% CI', 'first', 'steady', 'n']));
  for (const cell of orderedCells(report)) {
    const v = cellView(cell);
    out.push(row([v.benchmark, v.column, v.median, v.medianInterval, v.speedup, v.speedupInterval, v.first, v.steady, v.samples], { failed: [false, false, !v.ok] }));
  }
  out.push('</table>');

  const failures = failedCells(report);
  if (failures.length > 0) {
    out.push('<h2>Failed cells (never timed)</h2>');
    for (const f of failures) out.push(`<p><b>${escapeXml(f.benchmark)}</b> on <b>${escapeXml(f.column)}</b>: ${escapeXml(f.failure)}</p><pre>${escapeXml(f.message)}</pre>`);
  }
  for (const t of counterTables(report)) {
    out.push(`<h2>Counters on ${escapeXml(t.column)}</h2><p class="meta">Totals over every iteration of the cell.</p><table>`, head(['benchmark', 'iterations', ...t.names]));
    for (const r of t.rows) out.push(row([r.benchmark, String(r.iterations), ...r.values]));
    out.push('</table>');
  }
  out.push('<h2>Benchmarks</h2><table>', head(['benchmark', 'category', 'size', 'description']));
  for (const b of report.benchmarks) out.push(`<tr><td>${escapeXml(b.name)}</td><td class="left">${escapeXml(b.category)}</td><td>${b.size}</td><td class="left" style="white-space: normal">${escapeXml(b.description)}</td></tr>`);
  out.push('</table>');
  out.push('</body></html>');
  return out.join('\n') + '\n';
}
