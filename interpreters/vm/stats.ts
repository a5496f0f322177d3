// `--stats` for the VM: instructions executed and the busiest opcodes (counted
// only when --stats or --trace asks, so a plain run pays nothing for them),
// inline-cache hit rates per kind of site, and what was compiled. The realm adds
// calls and allocations, the CLI the wall time.

import { CacheKind, CacheState, totalCaches } from './inline-cache.js';
import { Op, ROWS } from './opcodes.js';
import type { Vm } from './vm.js';

/** How many opcodes the histogram shows. */
export const TOP_OPCODES = 12;

const CACHE_SITES: readonly { kind: CacheKind; op: Op; label: string }[] = [
  { kind: CacheKind.Get, op: Op.GetNamed, label: 'property reads' },
  { kind: CacheKind.Set, op: Op.SetNamed, label: 'property writes' },
  { kind: CacheKind.Call, op: Op.CallMethod, label: 'method calls' },
  { kind: CacheKind.Init, op: Op.InitProp, label: 'literal properties' },
];

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

export function vmStats(vm: Vm, counted: boolean): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  const functions = vm.compiler.compiledSoFar();
  out['functions compiled'] = functions.length;
  out['bytecode slots'] = functions.reduce((n, fc) => n + fc.code.length, 0);
  const counts = vm.opcodeCounts;
  if (counted) {
    let total = 0;
    for (let op = 0; op < counts.length; op++) total += counts[op];
    out['instructions executed'] = total;
    const busiest = Array.from(counts, (n, op) => ({ op, n })).filter((e) => e.n > 0).sort((a, b) => b.n - a.n).slice(0, TOP_OPCODES);
    for (const { op, n } of busiest) out[`  ${ROWS[op].name}`] = `${n.toLocaleString('en-US')} (${percent(n, total)})`;
  } else out['instructions executed'] = 'counted with --stats';
  const caches = functions.flatMap((fc) => fc.caches);
  for (const site of CACHE_SITES) {
    const t = totalCaches(caches, site.kind);
    if (t.sites === 0) continue;
    const states = `${t.byState[CacheState.Monomorphic]} mono, ${t.byState[CacheState.Polymorphic]} poly, ${t.byState[CacheState.Megamorphic]} mega`;
    if (counted) {
      const executions = counts[site.op];
      const hits = executions - t.misses - t.megamorphicUses;
      out[`inline cache: ${site.label}`] = `${percent(hits, executions)} hits of ${executions.toLocaleString('en-US')} (${t.misses} misses, ${t.megamorphicUses} megamorphic; sites: ${states})`;
    } else out[`inline cache: ${site.label}`] = `${t.misses} misses, ${t.megamorphicUses} megamorphic (sites: ${states})`;
  }
  return out;
}
