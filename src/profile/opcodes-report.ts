// The --opcodes report: the VM's opcode histogram and inline-cache hit rates,
// read from the tier's own counters (`stats()`, from a separate counting run so
// the profile's times are not slowed by counting). Two spellings are read:
//   the VM's --stats rows:  '  <Opcode>' → '1,234 (12.3%)', 'instructions executed' → n,
//                           'inline cache: <site>' → '95.0% hits of 1,234 (12 misses, 3 megamorphic; ...)'
//   plain numbers:          'opcode <NAME>' → n, 'ic <site> hits' → n, 'ic <site> misses' → n
// A tier without such counters gets a one-line note instead of a report.

import { columns, count, percent } from './format-numbers.js';
import type { Profile } from './model.js';

const OPCODE_KEY = /^op(?:code)?[ :.]\s*(.+)$/i;
const IC_KEY = /^ic[ :.]\s*(.+?)[ :.]\s*(hits?|miss(?:es)?)$/i;
const VM_OPCODE_ROW = /^\s+(\S.*)$/;
const VM_CACHE_ROW = /^inline cache: (.+)$/;
const VM_CACHE_VALUE = /hits of ([\d,]+) \(([\d,]+) misses, ([\d,]+) megamorphic/;

export interface OpcodeCounters {
  /** Instructions executed in all, when the tier says (else the histogram's sum). */
  total: number | null;
  opcodes: { name: string; count: number }[];
  caches: { site: string; hits: number; misses: number }[];
}

const number = (text: string) => Number(text.replace(/,/g, ''));

export function readOpcodeCounters(stats: Record<string, number | string>): OpcodeCounters {
  const opcodes: OpcodeCounters['opcodes'] = [];
  const caches = new Map<string, { site: string; hits: number; misses: number }>();
  const cache = (site: string) => {
    let entry = caches.get(site);
    if (entry === undefined) caches.set(site, (entry = { site, hits: 0, misses: 0 }));
    return entry;
  };
  let total: number | null = null;
  for (const [key, value] of Object.entries(stats)) {
    let m: RegExpExecArray | null;
    if (key === 'instructions executed') {
      if (typeof value === 'number') total = value;
      else if (/^[\d,]+$/.test(value)) total = number(value);
    } else if (typeof value === 'number' && (m = IC_KEY.exec(key))) {
      if (m[2].toLowerCase().startsWith('hit')) cache(m[1]).hits += value;
      else cache(m[1]).misses += value;
    } else if (typeof value === 'number' && (m = OPCODE_KEY.exec(key))) {
      opcodes.push({ name: m[1], count: value });
    } else if ((m = VM_CACHE_ROW.exec(key)) && typeof value === 'string') {
      const v = VM_CACHE_VALUE.exec(value);
      if (v) {
        const executions = number(v[1]);
        const misses = number(v[2]) + number(v[3]);
        cache(m[1]).hits += Math.max(0, executions - misses);
        cache(m[1]).misses += misses;
      }
    } else if ((m = VM_OPCODE_ROW.exec(key)) && typeof value === 'string' && /^[\d,]+\b/.test(value)) {
      opcodes.push({ name: m[1], count: number(/^[\d,]+/.exec(value)![0]) });
    }
  }
  opcodes.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { total, opcodes, caches: [...caches.values()] };
}

export function formatOpcodes(profile: Profile, limit?: number): string {
  const { total: stated, opcodes, caches } = readOpcodeCounters(profile.tierStats);
  if (opcodes.length === 0 && caches.length === 0) {
    const known = Object.entries(profile.tierStats).map(([k, v]) => `${k.trim()} = ${typeof v === 'number' ? count(v) : v}`);
    return `Opcodes: tier '${profile.tier}' reports no opcode or inline-cache counters${known.length ? ` (its counters: ${known.join(', ')})` : ''}.\n`;
  }
  const out: string[] = [];
  if (opcodes.length > 0) {
    const listed = opcodes.reduce((s, o) => s + o.count, 0);
    const total = stated ?? listed;
    const shown = limit ? opcodes.slice(0, limit) : opcodes;
    const bar = (n: number) => '█'.repeat(Math.max(1, Math.round((30 * n) / opcodes[0].count)));
    out.push(`Opcode histogram (tier ${profile.tier}, ${count(total)} instructions${listed < total ? `; the tier lists its ${opcodes.length} busiest opcodes` : ''})`, '');
    out.push(columns([['opcode', 'count', 'share', ''], ...shown.map((o) => [o.name, count(o.count), percent(o.count, total), bar(o.count)])], [false, true, true, false]));
  }
  if (caches.length > 0) {
    if (out.length) out.push('');
    out.push('Inline caches', '');
    out.push(columns([['site', 'hits', 'misses', 'hit rate'], ...caches.map((c) => [c.site, count(c.hits), count(c.misses), percent(c.hits, c.hits + c.misses)])], [false, true, true, true]));
  }
  return out.join('\n') + '\n';
}
