// The pictures, each one self-contained file (no scripts or fonts fetched):
//   svg  — flame graph on top, the live-heap chart when --memory, and the
//          gprof2dot-style call graph below, nested in one SVG document;
//   html — the same pictures inline, with the pstats table, and the line and
//          memory reports when they were asked for.

import { dot } from './dot.js';
import { flameGraph, type SvgFragment } from './flame-graph.js';
import { heapChart } from './heap-chart.js';
import { renderDot } from './call-graph-svg.js';
import { escapeXml } from './xml.js';
import { formatTable, overheadLine, type TableOptions } from '../table.js';
import { formatLines } from '../lines-report.js';
import { formatMemory } from '../memory-report.js';
import type { Profile } from '../model.js';

const GAP = 20;

async function parts(profile: Profile): Promise<SvgFragment[]> {
  const flame = flameGraph(profile);
  const heap = heapChart(profile, flame.width);
  const graph = await renderDot(dot(profile));
  return heap ? [flame, heap, graph] : [flame, graph];
}

export async function svgPicture(profile: Profile): Promise<string> {
  const pieces = await parts(profile);
  const width = Math.max(...pieces.map((p) => p.width));
  let y = 0;
  const placed = pieces.map((p) => {
    const at = y;
    y += p.height + GAP;
    // Nest each piece at its offset (x/y on a nested <svg> position it).
    return p.svg.replace(/^<svg /, `<svg x="${Math.round((width - p.width) / 2)}" y="${at}" `);
  });
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">`,
    `<title>${escapeXml(`speedlab profile: ${profile.file} on ${profile.tier}`)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${y}" fill="#fff"/>`,
    ...placed,
    '</svg>',
    '',
  ].join('\n');
}

export async function htmlPicture(profile: Profile, table: TableOptions): Promise<string> {
  const pieces = await parts(profile);
  const [flame, ...rest] = pieces;
  const graph = rest[rest.length - 1];
  const heap = rest.length > 1 ? rest[0] : null;
  const section = (title: string, body: string) => `<section><h2>${escapeXml(title)}</h2>\n${body}\n</section>`;
  const pre = (text: string) => `<pre>${escapeXml(text)}</pre>`;
  const title = `speedlab profile: ${profile.file} on ${profile.tier}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeXml(title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}pre{font:12px/1.35 ui-monospace,Menlo,Consolas,monospace;background:#f6f6f3;padding:.8em;overflow-x:auto}section{margin-bottom:2em}.scroll{overflow-x:auto}</style>',
    '</head>',
    '<body>',
    `<h1>${escapeXml(title)}</h1>`,
    `<p>${escapeXml(`${profile.totalMs.toFixed(3)} ms in the profiled run. ${overheadLine(profile)}`)}</p>`,
    section('Flame graph', `<div class="scroll">${flame.svg}</div>`),
    section('Call graph', `<div class="scroll">${graph.svg}</div>`),
    heap ? section('Memory over time', `<div class="scroll">${heap.svg}</div>`) : '',
    section('Profile', pre(formatTable(profile, table))),
    profile.lines !== null ? section('Lines', pre(formatLines(profile))) : '',
    profile.heap !== null ? section('Allocations', pre(formatMemory(profile))) : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
