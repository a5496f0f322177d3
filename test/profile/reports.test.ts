// The text reports: pstats sort keys and limits, callers/callees, --compare-tiers,
// --opcodes (read from a tier's counters, absent counters handled), --lines on
// every tier that reports line events, and --memory.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareTiers, formatTierComparison } from '../../src/profile/compare-tiers.js';
import { formatLines } from '../../src/profile/lines-report.js';
import { formatMemory } from '../../src/profile/memory-report.js';
import { formatOpcodes, readOpcodeCounters } from '../../src/profile/opcodes-report.js';
import { formatTable, SORT_KEY_NAMES, sortedFunctions } from '../../src/profile/table.js';
import { TIERS } from '../../src/tiers.js';
import { expectationsOf, profileOf, profilesOf, programSource } from './support.js';

const tiers = TIERS.map((t) => t.name);

test('sort keys order the table as pstats does', async () => {
  const p = await profileOf('objects-and-closures.js', tiers[0]);
  for (const key of SORT_KEY_NAMES) {
    const rows = sortedFunctions(p, key);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      if (key === 'cumulative') assert.ok(a.cumtime >= b.cumtime);
      if (key === 'tottime') assert.ok(a.tottime >= b.tottime);
      if (key === 'ncalls') assert.ok(a.ncalls >= b.ncalls);
      if (key === 'name') assert.ok(a.label.localeCompare(b.label) <= 0);
    }
  }
  const limited = formatTable(p, { sort: 'ncalls', limit: 2 });
  assert.match(limited, new RegExp(`List reduced from ${p.functions.length} to 2 due to restriction <2>`));
  assert.match(limited, /Ordered by: call count/);
});

test('callers and callees list the edges with counts', async () => {
  const p = await profileOf('fib.js', tiers[0]);
  const text = formatTable(p, { sort: 'cumulative', callers: true, callees: true });
  assert.match(text, /was called by\.\.\./);
  assert.match(text, /<-\s+176\/2\s+[\d.]+\s+[\d.]+\s+fib\.js:8\(fib(?: \[\w+\])?\)/);
  assert.match(text, /called\.\.\./);
  assert.match(text, /fib\.js:1\(<script>(?: \[\w+\])?\)\s+->\s+1\s/);
});

test('--compare-tiers: one row per source function, a column per tier, speedups against the first', async () => {
  const profiles = await profilesOf('objects-and-closures.js', tiers, { measureOverhead: true });
  const again = await profilesOf('objects-and-closures.js', tiers, { measureOverhead: false });
  const runs = profiles.map((p, t) => [p, again[t]]);
  const rows = compareTiers(runs);
  const norm = rows.find((r) => r.key.endsWith('(norm)'))!;
  assert.deepEqual(norm.perTier.map((c) => c.calls), tiers.map(() => 21));
  for (const row of rows) {
    row.perTier.forEach((cell, t) => {
      const times = runs[t].map((p) => p.functions.filter((f) => `${f.file}:${f.line}(${f.name})` === row.key && f.mode !== 'compile').reduce((s, f) => s + f.tottime, 0));
      assert.equal(cell.tottime, Math.min(...times), `${row.key} on ${tiers[t]}: the fastest run's self time`);
    });
  }
  const text = formatTierComparison(runs);
  assert.match(text, /fastest of 2 runs/);
  assert.match(text, new RegExp(`calls\\s+${tiers[0]} ms`));
  for (const t of tiers.slice(1)) assert.match(text, new RegExp(`${t} ms\\s+vs ${tiers[0]}`));
  assert.match(text, /total \(profiled\)/);
  assert.match(text, /total \(plain run, no probe\)/);
  assert.doesNotMatch(text, /call counts differ/);
});

describe('--opcodes', () => {
  test('reads the opcode histogram and inline-cache counters by their naming convention', () => {
    const counters = readOpcodeCounters({ 'opcode Add': 30, 'opcode LoadLocal': 70, 'ic get hits': 90, 'ic get misses': 10, 'ic:call:hits': 5, 'nodes evaluated': 9, note: 'x' });
    assert.deepEqual(counters.opcodes, [
      { name: 'LoadLocal', count: 70 },
      { name: 'Add', count: 30 },
    ]);
    assert.deepEqual(counters.caches, [
      { site: 'get', hits: 90, misses: 10 },
      { site: 'call', hits: 5, misses: 0 },
    ]);
  });

  test('on every tier: a histogram when the tier counts opcodes, else a note', async () => {
    for (const tier of tiers) {
      const p = await profileOf('fib.js', tier);
      const text = formatOpcodes(p);
      const { opcodes } = readOpcodeCounters(p.tierStats);
      if (opcodes.length > 0) assert.match(text, /Opcode histogram/);
      else assert.match(text, new RegExp(`tier '${tier}' reports no opcode`));
    }
  });
});

describe('--lines', () => {
  const expected = expectationsOf(programSource('lines.js')).hits;
  for (const tier of tiers) {
    test(`on ${tier}: statement executions per line`, async (t) => {
      const p = await profileOf('lines.js', tier, { lines: true });
      assert.ok(p.lines !== null);
      if (p.lines.length === 0) {
        assert.match(formatLines(p), /reports no line events/);
        t.skip(`tier ${tier} does not report line events yet (probe.line)`);
        return;
      }
      for (const e of expected) {
        const got: { hits: number } | undefined = p.lines.find((l) => l.line === e.line);
        assert.equal(got?.hits ?? 0, e.hits, `line ${e.line}`);
      }
      const selfSum = p.lines.reduce((s, l) => s + l.self, 0);
      assert.ok(selfSum <= p.totalMs + 1e-6, 'line self times fit in the run');
      assert.match(formatLines(p), /Line #\s+Hits\s+Self/);
    });
  }
});

test('--memory: allocations per function and a live-heap series', async () => {
  const p = await profileOf('allocations.js', tiers[0], { memory: true });
  assert.ok(p.heap !== null && p.heap.samples.length >= 2, 'start and end samples at least');
  for (let i = 1; i < p.heap.samples.length; i++) assert.ok(p.heap.samples[i].t >= p.heap.samples[i - 1].t);
  const text = formatMemory(p);
  assert.match(text, /allocations\.js:\d+\(makeBox\)/);
  assert.match(text, /10 \(640 B\)/);
  assert.match(text, /Live heap \(V8 used heap, \d+ samples/);
});
