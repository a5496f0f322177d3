// A flame graph drawn as SVG, no tools needed: one cell per call path, as wide
// as its total time, stacked on its caller (the script's top level at the
// bottom), from the same layout as the cpuprofile and speedscope exports. Each
// cell's tooltip (<title>) gives the function, its total and self time and its
// calls; cells too narrow to see are skipped, and very deep recursion is cut at
// MAX_ROWS with a note.

import { layoutCallTree } from '../call-tree-layout.js';
import { flameColour } from '../colour.js';
import type { Profile } from '../model.js';
import { escapeXml } from './xml.js';

const ROW = 16;
const MIN_CELL_PX = 0.3;
const CHAR_PX = 6.2;
const MAX_ROWS = 256;
const PAD = 10;
const TITLE = 28;

export interface SvgFragment {
  /** An <svg> element (no XML declaration), ready to nest or inline. */
  svg: string;
  width: number;
  height: number;
}

export function flameGraph(profile: Profile, width = 1200): SvgFragment {
  const spans = layoutCallTree(profile);
  const total = spans.length ? spans[0].end : 0;
  const drawn = spans.filter((s) => total > 0 && ((s.end - s.start) / total) * (width - 2 * PAD) >= MIN_CELL_PX && s.depth < MAX_ROWS);
  const depth = Math.max(0, ...drawn.map((s) => s.depth)) + 1;
  const cut = spans.some((s) => s.depth >= MAX_ROWS);
  const height = TITLE + depth * ROW + PAD * 2 + (cut ? ROW : 0);
  const scale = total > 0 ? (width - 2 * PAD) / total : 0;
  const modes = new Set(profile.functions.filter((f) => f.mode !== 'compile').map((f) => f.mode));
  const byMode = modes.size > 1;
  const cells: string[] = [];
  for (const s of drawn) {
    const f = profile.functions[s.node.fn];
    const x = PAD + s.start * scale;
    const w = (s.end - s.start) * scale;
    const y = height - PAD - (s.depth + 1) * ROW;
    const share = total > 0 ? ((100 * s.node.total) / total).toFixed(2) : '0';
    const tip = `${f.label} (${f.file}:${f.line}): ${s.node.total.toFixed(3)} ms, ${share}% (self ${s.node.self.toFixed(3)} ms), ${s.node.calls} calls`;
    const chars = Math.floor((w - 6) / CHAR_PX);
    const text = chars >= 3 ? (f.label.length <= chars ? f.label : f.label.slice(0, chars - 2) + '..') : '';
    cells.push(
      `<g class="cell" data-fn="${f.id}" data-total="${s.node.total}" data-self="${s.node.self}" data-depth="${s.depth}"><title>${escapeXml(tip)}</title>` +
        `<rect x="${x.toFixed(2)}" y="${y}" width="${w.toFixed(2)}" height="${ROW - 1}" rx="2" fill="${flameColour(f.label, f.mode, byMode)}"/>` +
        (text ? `<text x="${(x + 3).toFixed(2)}" y="${y + ROW - 5}">${escapeXml(text)}</text>` : '') +
        '</g>',
    );
  }
  const legend = byMode ? ` — colour by mode: ${[...modes].join(', ')}` : '';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="flame-graph" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<style>.flame-graph text{font:11px Verdana,sans-serif;fill:#000;pointer-events:none}.flame-graph .cell:hover rect{stroke:#000;stroke-width:0.5}</style>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#fdfdf6"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" style="font-size:15px">${escapeXml(`Flame graph: ${profile.file} on ${profile.tier}, ${profile.totalMs.toFixed(3)} ms${legend}`)}</text>`,
    ...cells,
    cut ? `<text x="${PAD}" y="${TITLE + ROW - 4}">call paths deeper than ${MAX_ROWS} frames are not drawn</text>` : '',
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
