// The callgrind format (valgrind.org/docs/manual/cl-format.html), read by
// callgrind_annotate, KCacheGrind and QCacheGrind. One callgrind function per
// source function; the modes it ran in are separate events (one column per
// mode: `ast`, or `vm wasm compile` on the JIT), so KCacheGrind can show the
// time in compiled code and in the VM side by side. Costs are microseconds.
// Positions are lines: a function's costs sit on its first line, and calls are
// recorded at the caller's first line (the probe does not report call sites).

import { aggregateByKey, sourceFunctionKey, type AggregatedFunction } from '../aggregate.js';
import type { Profile } from '../model.js';

const EVENT_DESCRIPTIONS: Record<string, string> = {
  ast: 'Time in the tree-walker (us)',
  vm: 'Time in the bytecode VM (us)',
  wasm: 'Time in compiled WebAssembly (us)',
  native: 'Time in native code (us)',
  compile: 'Time compiling (us)',
};

const us = (ms: number) => Math.max(0, Math.round(ms * 1000));

export function callgrind(profile: Profile): string {
  const { modes, functions, edges } = aggregateByKey(profile, sourceFunctionKey(profile));
  const ids = new Map<string, number>();
  functions.forEach((f, i) => ids.set(f.key, i + 1));
  const byKey = new Map(functions.map((f) => [f.key, f]));
  const lineOf = (f: AggregatedFunction) => Math.max(1, profile.functions[f.fn].line);
  const nameOf = (f: AggregatedFunction) => {
    const row = profile.functions[f.fn];
    return row.mode === 'compile' ? `${row.name} [compile]` : row.name;
  };
  const named = new Set<string>();
  const fnRef = (f: AggregatedFunction) => {
    const id = ids.get(f.key)!;
    if (named.has(f.key)) return `(${id})`;
    named.add(f.key);
    return `(${id}) ${nameOf(f)}`;
  };
  const totals = modes.map(() => 0);
  const out = [
    '# callgrind format',
    'version: 1',
    'creator: speedlab profile',
    `cmd: ${profile.file} (tier ${profile.tier})`,
    'part: 1',
    '',
    'positions: line',
    ...modes.map((m) => `event: ${m} : ${EVENT_DESCRIPTIONS[m]}`),
    `events: ${modes.join(' ')}`,
    '',
    `fl=(1) ${profile.file}`,
  ];
  for (const f of functions) {
    const self = f.selfByMode.map(us);
    self.forEach((v, m) => (totals[m] += v));
    out.push(`fn=${fnRef(f)}`, `${lineOf(f)} ${self.join(' ')}`);
    for (const e of edges) {
      if (e.caller !== f.key) continue;
      const callee = byKey.get(e.callee)!;
      out.push('cfl=(1)', `cfn=${fnRef(callee)}`, `calls=${Math.max(1, e.ncalls)} ${lineOf(callee)}`, `${lineOf(f)} ${e.cumByMode.map(us).join(' ')}`);
    }
    out.push('');
  }
  out.push(`totals: ${totals.join(' ')}`);
  return out.join('\n') + '\n';
}
