// The pstats report: the cProfile table (ncalls, tottime, percall, cumtime,
// percall, filename:lineno(function)) with the sort keys pstats users know,
// the callers/callees listings, the JIT's per-function compile time and deopts,
// and the profiler's overhead. Times are milliseconds (pstats prints seconds;
// speedlab programs are short enough that milliseconds keep the digits useful).

import { f8, ms, count } from './format-numbers.js';
import { functionLocation, type FunctionStats, type Profile } from './model.js';

/** Sort keys, declared once: the CLI's choices and the table's ordering come from here. */
export const SORT_KEYS = {
  cumulative: { title: 'cumulative time', compare: (a: FunctionStats, b: FunctionStats) => b.cumtime - a.cumtime },
  tottime: { title: 'internal time', compare: (a: FunctionStats, b: FunctionStats) => b.tottime - a.tottime },
  ncalls: { title: 'call count', compare: (a: FunctionStats, b: FunctionStats) => b.ncalls - a.ncalls },
  name: { title: 'function name', compare: (a: FunctionStats, b: FunctionStats) => a.label.localeCompare(b.label) },
} as const;

export type SortKey = keyof typeof SORT_KEYS;

export const SORT_KEY_NAMES = Object.keys(SORT_KEYS) as SortKey[];

export interface TableOptions {
  sort: SortKey;
  /** Rows to show; 0 or undefined = all. */
  limit?: number;
  callers?: boolean;
  callees?: boolean;
}

export function sortedFunctions(profile: Profile, sort: SortKey): FunctionStats[] {
  const compare = SORT_KEYS[sort].compare;
  return [...profile.functions].sort((a, b) => compare(a, b) || a.line - b.line || a.label.localeCompare(b.label));
}

/** `177/1` when some calls were recursive, else `177`. */
export function callCount(ncalls: number, primitive: number): string {
  return ncalls === primitive ? String(ncalls) : `${ncalls}/${primitive}`;
}

export function formatTable(profile: Profile, options: TableOptions): string {
  const out: string[] = [];
  const all = sortedFunctions(profile, options.sort);
  const shown = options.limit ? all.slice(0, options.limit) : all;
  const totalCalls = profile.functions.reduce((n, f) => n + f.ncalls, 0);
  const primitive = profile.functions.reduce((n, f) => n + f.primitiveCalls, 0);
  const calls = totalCalls === primitive ? `${totalCalls} function calls` : `${totalCalls} function calls (${primitive} primitive calls)`;
  out.push(`         ${calls} in ${profile.totalMs.toFixed(3)} milliseconds (tier ${profile.tier})`, '');
  out.push(`   Ordered by: ${SORT_KEYS[options.sort].title}`);
  if (shown.length < all.length) out.push(`   List reduced from ${all.length} to ${shown.length} due to restriction <${options.limit}>`);
  out.push('');
  out.push('   ncalls  tottime  percall  cumtime  percall filename:lineno(function)');
  for (const f of shown) out.push(tableRow(f));
  if (options.callers) out.push('', ...relations(profile, shown, 'callers'));
  if (options.callees) out.push('', ...relations(profile, shown, 'callees'));
  if (profile.jit.length > 0) out.push('', ...jitSection(profile));
  out.push('', overheadLine(profile));
  for (const w of profile.warnings) out.push(`warning: ${w}`);
  return out.join('\n') + '\n';
}

function tableRow(f: FunctionStats): string {
  const perCall = f.ncalls === 0 ? ' '.repeat(8) : f8(f.tottime / f.ncalls);
  const cumPerCall = f.primitiveCalls === 0 ? ' '.repeat(8) : f8(f.cumtime / f.primitiveCalls);
  return `${callCount(f.ncalls, f.primitiveCalls).padStart(9)} ${f8(f.tottime)} ${perCall} ${f8(f.cumtime)} ${cumPerCall} ${functionLocation(f)}`;
}

/** pstats' print_callers / print_callees: per function, the edges in or out with counts and times. */
function relations(profile: Profile, shown: FunctionStats[], which: 'callers' | 'callees'): string[] {
  const arrow = which === 'callers' ? '<-' : '->';
  const heading = which === 'callers' ? 'was called by...' : 'called...';
  const names = shown.map(functionLocation);
  const width = Math.max(8, ...names.map((n) => n.length));
  const out = [`${'Function'.padEnd(width)}  ${heading}`, `${' '.repeat(width)}      ncalls  tottime  cumtime`];
  shown.forEach((f, i) => {
    const edges = profile.edges.filter((e) => (which === 'callers' ? e.callee : e.caller) === f.id);
    edges.sort((a, b) => b.cumtime - a.cumtime);
    if (edges.length === 0) {
      out.push(names[i]);
      return;
    }
    edges.forEach((e, j) => {
      const other = profile.functions[which === 'callers' ? e.caller : e.callee];
      const head = j === 0 ? names[i].padEnd(width) : ' '.repeat(width);
      out.push(`${head}  ${arrow} ${callCount(e.ncalls, e.primitiveCalls).padStart(9)} ${f8(e.tottime)} ${f8(e.cumtime)}  ${functionLocation(other)}`);
    });
  });
  return out;
}

function jitSection(profile: Profile): string[] {
  const rows = [...profile.jit].sort((a, b) => b.compileMs - a.compileMs || b.deopts - a.deopts);
  const out = ['   JIT: compiles  compile ms    deopts  filename:lineno(function)  deopt reasons'];
  for (const j of rows) {
    const reasons = Object.entries(j.deoptReasons)
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r} ×${n}`)
      .join(', ');
    out.push(`${String(j.compiles).padStart(13)} ${f8(j.compileMs)}   ${String(j.deopts).padStart(7)}  ${j.file}:${j.line}(${j.name})  ${reasons}`);
  }
  return out;
}

/** The profiler's own cost: profiled vs plain run, and the calibrated probe cost per call. */
export function overheadLine(profile: Profile): string {
  const o = profile.overhead;
  const probe = `calibrated probe cost ≈ ${Math.round(o.perCallNs)} ns per call`;
  if (o.plainMs === null) return `profiler overhead: profiled run ${ms(o.profiledMs)} (plain run not measured); ${probe}`;
  const extra = o.profiledMs - o.plainMs;
  const ratio = o.plainMs > 0 ? `, ×${(o.profiledMs / o.plainMs).toFixed(2)}` : '';
  const perCall = o.calls > 0 ? `, ≈ ${Math.round((extra * 1e6) / o.calls)} ns per call over ${count(o.calls)} calls` : '';
  return `profiler overhead: profiled run ${ms(o.profiledMs)}, plain run ${ms(o.plainMs)} (${extra >= 0 ? '+' : ''}${ms(extra)}${ratio}${perCall}); ${probe}`;
}
