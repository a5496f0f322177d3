// `--compare-tiers`: the same program profiled on every tier, joined by source
// function (`file:line(name)`, all modes of a function added up, JIT compile
// time shown apart) into one table of self time per tier and the speedup
// against the first tier (ast). Each tier may be profiled several times: the
// table takes each function's fastest self time over the runs (a GC pause is
// charged to whichever function is running, so the minimum is the steadiest
// figure, as timeit's is). The totals rows give the whole program's time
// profiled and plain: the probe costs the same per call on every tier, so the
// plain row is the honest speedup and the per-function rows say where it comes from.

import { columns, count } from './format-numbers.js';
import type { Profile } from './model.js';

export interface TierComparisonRow {
  key: string;
  /** Per tier (same order as the profiles): calls, self time, compile time. */
  perTier: { calls: number; tottime: number; compileMs: number }[];
}

/** Runs of one program: per tier, one or more profiles. */
export type RunsByTier = readonly (readonly Profile[])[];

type Cell = TierComparisonRow['perTier'][number];

export function compareTiers(runsByTier: RunsByTier): TierComparisonRow[] {
  const rows = new Map<string, TierComparisonRow>();
  runsByTier.forEach((runs, t) => {
    runs.forEach((profile, r) => {
      // This run's figures per source function, then the fastest over runs.
      const cells = new Map<string, Cell>();
      for (const f of profile.functions) {
        const key = `${f.file}:${f.line}(${f.name})`;
        const cell = cells.get(key) ?? { calls: 0, tottime: 0, compileMs: 0 };
        if (f.mode === 'compile') cell.compileMs += f.tottime;
        else {
          cell.calls += f.ncalls;
          cell.tottime += f.tottime;
        }
        cells.set(key, cell);
      }
      for (const [key, cell] of cells) {
        let row = rows.get(key);
        if (row === undefined) {
          row = { key, perTier: runsByTier.map(() => ({ calls: 0, tottime: Infinity, compileMs: Infinity })) };
          rows.set(key, row);
        }
        const best = row.perTier[t];
        if (r === 0) best.calls = cell.calls;
        best.tottime = Math.min(best.tottime, cell.tottime);
        best.compileMs = Math.min(best.compileMs, cell.compileMs);
      }
    });
  });
  for (const row of rows.values()) {
    for (const cell of row.perTier) {
      if (cell.tottime === Infinity) cell.tottime = 0;
      if (cell.compileMs === Infinity) cell.compileMs = 0;
    }
  }
  return [...rows.values()].sort((a, b) => b.perTier[0].tottime - a.perTier[0].tottime || a.key.localeCompare(b.key));
}

function speedup(base: number, other: number): string {
  if (base <= 0 || other <= 0) return '-';
  return `${(base / other).toFixed(2)}x`;
}

export function formatTierComparison(runsByTier: RunsByTier, limit?: number): string {
  const rows = compareTiers(runsByTier);
  const profiles = runsByTier.map((runs) => runs[0]);
  const fastest = (value: (p: Profile) => number | null) => (t: number) => {
    const values = runsByTier[t].map(value).filter((v): v is number => v !== null);
    return values.length ? Math.min(...values) : null;
  };
  const shown = limit ? rows.slice(0, limit) : rows;
  const tiers = profiles.map((p) => p.tier);
  const base = tiers[0];
  const header = ['calls', ...tiers.flatMap((t, i) => (i === 0 ? [`${t} ms`] : [`${t} ms`, `vs ${base}`])), 'filename:lineno(function)'];
  const body = shown.map((row) => {
    const calls = row.perTier.map((c) => c.calls);
    const sameCalls = calls.every((c) => c === calls[0]);
    const cells = row.perTier.flatMap((c, i) => {
      const time = c.tottime.toFixed(3) + (c.compileMs > 0 ? ` +${c.compileMs.toFixed(1)}c` : '');
      return i === 0 ? [time] : [time, speedup(row.perTier[0].tottime, c.tottime)];
    });
    return [sameCalls ? count(calls[0]) : calls.map(count).join('/'), ...cells, row.key];
  });
  const totals = (label: string, value: (t: number) => number | null) => {
    const values = profiles.map((_, t) => value(t));
    return ['', ...values.flatMap((v, i) => {
      const shownValue = v === null ? '-' : v.toFixed(3);
      return i === 0 ? [shownValue] : [shownValue, v === null || values[0] === null ? '-' : speedup(values[0], v)];
    }), label];
  };
  const table = [
    header,
    ...body,
    totals('total (profiled)', fastest((p) => p.totalMs)),
    totals('total (plain run, no probe)', fastest((p) => p.overhead.plainMs)),
  ];
  const right = header.map((_, i) => i < header.length - 1);
  const runs = Math.min(...runsByTier.map((r) => r.length));
  const best = runs > 1 ? `, fastest of ${runs} runs` : '';
  const out = [`Self time per function on each tier (ms${best}; speedup vs ${base}; "+Nc" = JIT compile ms)`];
  if (shown.length < rows.length) out.push(`List reduced from ${rows.length} to ${shown.length} due to restriction <${limit}>`);
  out.push('', columns(table, right));
  const mismatched = rows.filter((r) => !r.perTier.every((c) => c.calls === r.perTier[0].calls));
  if (mismatched.length) out.push('', `note: call counts differ between tiers for ${mismatched.length} function(s) (shown as a/b/c)`);
  for (const p of profiles) if (p.outcome.status !== 'ok') out.push(`note: on ${p.tier} the program ended early: ${p.outcome.message.split('\n')[0]}`);
  return out.join('\n') + '\n';
}
