// The --memory report: allocations per function by kind (counts and the
// realm's estimated bytes), and the live V8 heap over the run as a sampled
// series (memory_profiler's "memory over time"), drawn as a text sparkline.

import { bytes, columns, count, ms } from './format-numbers.js';
import { ALLOCATION_KINDS, functionLocation, type Profile } from './model.js';

const SPARK = '▁▂▃▄▅▆▇█';
const SPARK_WIDTH = 64;

export function formatMemory(profile: Profile, limit?: number): string {
  const out = [`Allocations per function (tier ${profile.tier}; sizes are the realm's estimates)`, ''];
  const rows = profile.functions
    .map((f) => ({ f, total: ALLOCATION_KINDS.reduce((s, k) => s + f.allocations[k].bytes, 0), n: ALLOCATION_KINDS.reduce((s, k) => s + f.allocations[k].count, 0) }))
    .filter((r) => r.n > 0)
    .sort((a, b) => b.total - a.total || b.n - a.n);
  if (rows.length === 0) out.push('  no allocations reported');
  else {
    const shown = limit ? rows.slice(0, limit) : rows;
    const table = [['objects', 'arrays', 'closures', 'strings', 'other', 'total', 'filename:lineno(function)']];
    for (const { f, total } of shown) {
      table.push([...ALLOCATION_KINDS.map((k) => tally(f.allocations[k].count, f.allocations[k].bytes)), bytes(total), functionLocation(f)]);
    }
    out.push(columns(table, [true, true, true, true, true, true, false]));
  }
  out.push('', ...heapSeries(profile));
  return out.join('\n') + '\n';
}

function tally(n: number, size: number): string {
  return n === 0 ? '-' : `${count(n)} (${bytes(size)})`;
}

function heapSeries(profile: Profile): string[] {
  const heap = profile.heap;
  if (heap === null || heap.samples.length === 0) return ['Live heap: not sampled'];
  const samples = heap.samples;
  const used = samples.map((s) => s.usedBytes);
  const low = Math.min(...used);
  const high = Math.max(...used);
  const peak = samples[used.indexOf(high)];
  const buckets: number[] = [];
  for (let i = 0; i < Math.min(SPARK_WIDTH, samples.length); i++) {
    const from = Math.floor((i * samples.length) / Math.min(SPARK_WIDTH, samples.length));
    const to = Math.floor(((i + 1) * samples.length) / Math.min(SPARK_WIDTH, samples.length));
    buckets.push(Math.max(...used.slice(from, Math.max(to, from + 1))));
  }
  const spark = buckets.map((b) => SPARK[high === low ? 0 : Math.round(((b - low) / (high - low)) * (SPARK.length - 1))]).join('');
  return [
    `Live heap (V8 used heap, ${samples.length} samples, one every ${heap.intervalCalls} calls at the end):`,
    `  ${bytes(low)} ${spark} ${bytes(high)}`,
    `  start ${bytes(used[0])}, peak ${bytes(high)} at ${ms(peak.t)} (in ${functionLocation(profile.functions[peak.fn])}), end ${bytes(used[used.length - 1])}`,
  ];
}
