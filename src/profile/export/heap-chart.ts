// The live-heap series (--memory) as an SVG line chart, memory_profiler's
// "memory over time": used V8 heap (MiB) against run time (ms).

import { functionLocation, type Profile } from '../model.js';
import type { SvgFragment } from './flame-graph.js';
import { escapeXml } from './xml.js';

const PAD_LEFT = 70;
const PAD = 24;

export function heapChart(profile: Profile, width = 1200, height = 220): SvgFragment | null {
  const samples = profile.heap?.samples ?? [];
  if (samples.length < 2) return null;
  const mib = samples.map((s) => s.usedBytes / 1024 / 1024);
  const low = Math.min(...mib);
  const high = Math.max(...mib);
  const span = high - low || 1;
  const tEnd = samples[samples.length - 1].t || 1;
  const x = (t: number) => PAD_LEFT + (t / tEnd) * (width - PAD_LEFT - PAD);
  const y = (v: number) => height - PAD - ((v - low) / span) * (height - 2 * PAD - 10);
  const points = samples.map((s, i) => `${x(s.t).toFixed(1)},${y(mib[i]).toFixed(1)}`).join(' ');
  const peak = mib.indexOf(high);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="heap-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<style>.heap-chart text{font:11px Verdana,sans-serif}</style>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="14" text-anchor="middle" style="font-size:13px">Live heap (V8 used heap) over time, ${samples.length} samples</text>`,
    `<line x1="${PAD_LEFT}" y1="${height - PAD}" x2="${width - PAD}" y2="${height - PAD}" stroke="#888"/>`,
    `<line x1="${PAD_LEFT}" y1="${PAD}" x2="${PAD_LEFT}" y2="${height - PAD}" stroke="#888"/>`,
    `<text x="${PAD_LEFT - 6}" y="${y(high) + 4}" text-anchor="end">${high.toFixed(1)} MiB</text>`,
    `<text x="${PAD_LEFT - 6}" y="${y(low) + 4}" text-anchor="end">${low.toFixed(1)} MiB</text>`,
    `<text x="${width - PAD}" y="${height - 8}" text-anchor="end">${tEnd.toFixed(1)} ms</text>`,
    `<text x="${PAD_LEFT}" y="${height - 8}">0 ms</text>`,
    `<polyline fill="none" stroke="#1f77b4" stroke-width="1.5" points="${points}"/>`,
    `<circle cx="${x(samples[peak].t).toFixed(1)}" cy="${y(high).toFixed(1)}" r="3" fill="#d62728"><title>${escapeXml(`peak ${high.toFixed(2)} MiB at ${samples[peak].t.toFixed(2)} ms in ${functionLocation(profile.functions[samples[peak].fn])}`)}</title></circle>`,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
