// On every registered tier, the profile's call counts equal the real ones: each
// program in programs/ states its calls, edges and allocations in comments
// (worked out by hand in the program's header), and the profile must match them
// per source function, all modes of a function together.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TIERS } from '../../src/tiers.js';
import { bySourceFunction, expectationsOf, profileOf, programNames, programSource } from './support.js';

for (const tier of TIERS.map((t) => t.name)) {
  describe(`call counts on ${tier}`, () => {
    for (const name of programNames()) {
      const expected = expectationsOf(programSource(name));
      if (expected.calls.length + expected.edges.length + expected.allocations.length === 0) continue;
      test(name, async () => {
        const profile = await profileOf(name, tier);
        assert.equal(profile.outcome.status, 'ok', JSON.stringify(profile.outcome));
        const { functions, edges } = bySourceFunction(profile);
        for (const c of expected.calls) {
          const f = functions.get(c.name);
          assert.ok(f, `${c.name} was not profiled (functions: ${[...functions.keys()].join(', ')})`);
          assert.equal(f.ncalls, c.ncalls, `${c.name}: calls`);
          if (c.primitive !== null) assert.equal(f.primitiveCalls, c.primitive, `${c.name}: primitive calls`);
        }
        for (const e of expected.edges) {
          const edge = edges.get(`${e.caller} -> ${e.callee}`);
          assert.ok(edge, `no edge ${e.caller} -> ${e.callee} (edges: ${[...edges.keys()].join(', ')})`);
          assert.equal(edge.ncalls, e.ncalls, `${e.caller} -> ${e.callee}: calls`);
        }
        for (const a of expected.allocations) {
          const rows = profile.functions.filter((f) => f.name === a.name);
          const counted = rows.reduce((n, f) => n + f.allocations[a.kind as keyof typeof f.allocations].count, 0);
          assert.equal(counted, a.count, `${a.name}: ${a.kind} allocations`);
        }
        // Every edge into a function adds up to its calls (the cProfile invariant).
        for (const f of profile.functions) {
          if (f.id === profile.root) continue;
          const incoming = profile.edges.filter((e) => e.callee === f.id).reduce((n, e) => n + e.ncalls, 0);
          assert.equal(incoming, f.ncalls, `${f.label}: edges in vs calls`);
        }
      });
    }
  });
}
