// The speedup chart, as standalone SVG: for each benchmark (and the geometric
// mean) one horizontal bar per column on a log scale, from 1× (the baseline)
// to the column's speedup, with its 95% interval as a whisker. Written on its
// own with --svg and embedded in the HTML report.

import type { BenchReport } from '../report-schema.js';
import { formatFactor } from './format.js';
import { columnColour, escapeXml, logScale, tickLabel } from './svg.js';

const BAR = 9;
const BAR_GAP = 2;
const GROUP_GAP = 12;
const LABEL_WIDTH = 120;
const PLOT_WIDTH = 560;
const VALUE_WIDTH = 70;
const TOP = 58;

interface Bar {
  column: number;
  estimate: number;
  low: number;
  high: number;
  failed: boolean;
}

export function renderSpeedupChartSvg(report: BenchReport): string {
  const baseline = report.metadata.baseline ?? 'the first column';
  const groups: { name: string; bars: Bar[] }[] = report.benchmarks.map((b) => ({
    name: b.name,
    bars: report.columns.map((column, i) => {
      const cell = report.cells.find((c) => c.benchmark === b.name && c.column === column.name);
      const s = cell?.status === 'ok' ? cell.summary.speedup : null;
      return { column: i, estimate: s?.estimate ?? NaN, low: s?.low ?? NaN, high: s?.high ?? NaN, failed: cell?.status === 'failed' };
    }),
  }));
  groups.push({
    name: 'geomean',
    bars: report.geomean.map((g, i) => ({ column: i, estimate: g.speedup?.estimate ?? NaN, low: g.speedup?.low ?? NaN, high: g.speedup?.high ?? NaN, failed: false })),
  });
  const values = groups.flatMap((g) => g.bars.flatMap((b) => [b.estimate, b.low, b.high])).filter((v) => Number.isFinite(v) && v > 0);
  const scale = logScale(Math.min(1, ...values), Math.max(1, ...values), LABEL_WIDTH, LABEL_WIDTH + PLOT_WIDTH);
  const groupHeight = report.columns.length * (BAR + BAR_GAP) - BAR_GAP;
  const height = TOP + groups.length * (groupHeight + GROUP_GAP) + 30;
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;

  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`);
  parts.push(`<title>Speedup over ${escapeXml(baseline)} (log scale)</title>`);
  parts.push(`<rect width="100%" height="100%" fill="white"/>`);
  parts.push(`<text x="${LABEL_WIDTH}" y="16" font-size="13" font-weight="bold">Speedup over ${escapeXml(baseline)} (log scale; whiskers: 95% interval)</text>`);
  // Legend.
  let legendX = LABEL_WIDTH;
  for (const [i, column] of report.columns.entries()) {
    parts.push(`<rect x="${legendX}" y="26" width="10" height="10" fill="${columnColour(i)}"/><text x="${legendX + 14}" y="35">${escapeXml(column.name)}</text>`);
    legendX += 24 + column.name.length * 7;
  }
  // Grid and ticks.
  const plotBottom = height - 30;
  for (const tick of scale.ticks()) {
    const x = scale.at(tick.value).toFixed(1);
    parts.push(`<line x1="${x}" y1="${TOP - 6}" x2="${x}" y2="${plotBottom}" stroke="${tick.value === 1 ? '#444' : tick.major ? '#ccc' : '#eee'}"/>`);
    if (tick.major || scale.ticks().length < 12) parts.push(`<text x="${x}" y="${plotBottom + 14}" text-anchor="middle" fill="#444">${tickLabel(tick.value)}×</text>`);
  }
  // Bars.
  let y = TOP;
  for (const group of groups) {
    const weight = group.name === 'geomean' ? ' font-weight="bold"' : '';
    parts.push(`<text x="${LABEL_WIDTH - 6}" y="${(y + groupHeight / 2 + 4).toFixed(1)}" text-anchor="end"${weight}>${escapeXml(group.name)}</text>`);
    for (const bar of group.bars) {
      const top = y + bar.column * (BAR + BAR_GAP);
      const name = escapeXml(report.columns[bar.column].name);
      if (bar.failed) {
        parts.push(`<text x="${scale.at(1) + 4}" y="${top + BAR - 1}" fill="#c00" font-size="9">${name}: FAILED</text>`);
        continue;
      }
      if (!Number.isFinite(bar.estimate)) continue;
      const x0 = scale.at(1);
      const x1 = scale.at(bar.estimate);
      const left = Math.min(x0, x1);
      parts.push(
        `<rect x="${left.toFixed(1)}" y="${top}" width="${Math.max(1, Math.abs(x1 - x0)).toFixed(1)}" height="${BAR}" fill="${columnColour(bar.column)}"><title>${escapeXml(group.name)} on ${name}: ${formatFactor(bar.estimate)} [${formatFactor(bar.low)}, ${formatFactor(bar.high)}]</title></rect>`,
      );
      if (Number.isFinite(bar.low) && Number.isFinite(bar.high) && bar.high > bar.low) {
        const mid = top + BAR / 2;
        parts.push(`<path d="M${scale.at(bar.low).toFixed(1)} ${mid}H${scale.at(bar.high).toFixed(1)}M${scale.at(bar.low).toFixed(1)} ${mid - 3}v6M${scale.at(bar.high).toFixed(1)} ${mid - 3}v6" stroke="#222" stroke-width="1"/>`);
      }
      parts.push(`<text x="${LABEL_WIDTH + PLOT_WIDTH + 4}" y="${top + BAR - 1}" font-size="9" fill="#333">${formatFactor(bar.estimate)}</text>`);
    }
    y += groupHeight + GROUP_GAP;
  }
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
