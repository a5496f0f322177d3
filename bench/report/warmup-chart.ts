// Warm-up curves as SVG: for one benchmark, the time of every iteration in the
// order it ran (first, warm-up, measured samples), one line per column, both
// axes on a log scale so the first iterations, where a JIT pays its compile
// cost and tiers up, are as visible as the long steady tail. Columns that
// compile at run time are drawn with thick lines.

import type { BenchReport, OkCell } from '../report-schema.js';
import { median } from '../statistics.js';
import { formatMs } from './format.js';
import { columnColour, escapeXml, logScale, tickLabel } from './svg.js';

const WIDTH = 420;
const HEIGHT = 220;
const LEFT = 52;
const RIGHT = 10;
const TOP = 40;
const BOTTOM = 34;
/** Points kept as they are before bucketing the tail. */
const KEEP_FIRST = 60;
/** Buckets of the tail, spread evenly on the log-x axis. */
const TAIL_BUCKETS = 80;

/** The iteration times in order, with the 1-based iteration number of each point (the tail bucketed by median). */
export function warmupPoints(cell: OkCell): { iteration: number; ms: number }[] {
  const sequence = [cell.firstMs, ...cell.warmupMs, ...cell.samplesMs];
  const points = sequence.slice(0, KEEP_FIRST).map((ms, i) => ({ iteration: i + 1, ms }));
  if (sequence.length <= KEEP_FIRST) return points;
  const start = Math.log(KEEP_FIRST + 1);
  const end = Math.log(sequence.length);
  let from = KEEP_FIRST;
  for (let b = 1; b <= TAIL_BUCKETS && from < sequence.length; b++) {
    const to = Math.max(from + 1, Math.min(sequence.length, Math.round(Math.exp(start + ((end - start) * b) / TAIL_BUCKETS))));
    const slice = sequence.slice(from, to);
    points.push({ iteration: Math.round((from + 1 + to) / 2), ms: median(slice) });
    from = to;
  }
  return points;
}

export function renderWarmupChartSvg(report: BenchReport, benchmark: string): string {
  const lines = report.columns
    .map((column, index) => {
      const cell = report.cells.find((c) => c.benchmark === benchmark && c.column === column.name);
      return cell?.status === 'ok' ? { column, index, points: warmupPoints(cell) } : null;
    })
    .filter((l): l is NonNullable<typeof l> => l !== null);
  const all = lines.flatMap((l) => l.points);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="10">`);
  parts.push(`<rect width="100%" height="100%" fill="white"/>`);
  parts.push(`<text x="${LEFT}" y="14" font-size="12" font-weight="bold">${escapeXml(benchmark)}: time per iteration</text>`);
  if (all.length === 0) {
    parts.push(`<text x="${LEFT}" y="${HEIGHT / 2}">no successful cells</text></svg>`);
    return parts.join('\n');
  }
  const x = logScale(1, Math.max(...all.map((p) => p.iteration)), LEFT, WIDTH - RIGHT);
  const y = logScale(Math.min(...all.map((p) => p.ms)), Math.max(...all.map((p) => p.ms)), HEIGHT - BOTTOM, TOP);
  for (const tick of x.ticks().filter((t) => t.major)) {
    const px = x.at(tick.value).toFixed(1);
    parts.push(`<line x1="${px}" y1="${TOP}" x2="${px}" y2="${HEIGHT - BOTTOM}" stroke="#e4e4e4"/><text x="${px}" y="${HEIGHT - BOTTOM + 12}" text-anchor="middle" fill="#444">${tickLabel(tick.value)}</text>`);
  }
  for (const tick of y.ticks()) {
    const py = y.at(tick.value).toFixed(1);
    parts.push(`<line x1="${LEFT}" y1="${py}" x2="${WIDTH - RIGHT}" y2="${py}" stroke="${tick.major ? '#e4e4e4' : '#f3f3f3'}"/>`);
    if (tick.major) parts.push(`<text x="${LEFT - 4}" y="${(Number(py) + 3).toFixed(1)}" text-anchor="end" fill="#444">${escapeXml(formatMs(tick.value))}</text>`);
  }
  parts.push(`<text x="${(LEFT + WIDTH - RIGHT) / 2}" y="${HEIGHT - 6}" text-anchor="middle" fill="#444">iteration (log scale)</text>`);
  let legendX = LEFT;
  for (const line of lines) {
    const colour = columnColour(line.index);
    parts.push(`<line x1="${legendX}" y1="25" x2="${legendX + 14}" y2="25" stroke="${colour}" stroke-width="${line.column.compilesAtRunTime ? 2.2 : 1.1}"/><text x="${legendX + 17}" y="28">${escapeXml(line.column.name)}</text>`);
    legendX += 26 + line.column.name.length * 6;
  }
  for (const line of lines) {
    const d = line.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x.at(p.iteration).toFixed(1)} ${y.at(p.ms).toFixed(1)}`).join('');
    const width = line.column.compilesAtRunTime ? 2.2 : 1.1;
    parts.push(`<path d="${d}" fill="none" stroke="${columnColour(line.index)}" stroke-width="${width}"><title>${escapeXml(line.column.name)}</title></path>`);
    if (line.points.length === 1) parts.push(`<circle cx="${x.at(1).toFixed(1)}" cy="${y.at(line.points[0].ms).toFixed(1)}" r="2.5" fill="${columnColour(line.index)}"/>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}
