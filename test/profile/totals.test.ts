// Totals are consistent on every tier: the self times add up to the total, the
// total is the profiled run's wall time, and the difference to a plain run is
// what the report calls the overhead; cumulative times nest.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sumOfTottime } from '../../src/profile/model.js';
import { TIERS } from '../../src/tiers.js';
import { profileOf, programNames } from './support.js';

for (const tier of TIERS.map((t) => t.name)) {
  describe(`totals on ${tier}`, () => {
    for (const name of programNames()) {
      test(name, async () => {
        const p = await profileOf(name, tier, { measureOverhead: true });
        const sum = sumOfTottime(p);
        // The self times partition the root's time exactly (up to float rounding).
        assert.ok(Math.abs(sum - p.totalMs) < 1e-6 * Math.max(1, p.totalMs), `Σ tottime ${sum} vs total ${p.totalMs}`);
        // The root's time is the profiled run's wall time, less the clock reads around it.
        assert.ok(p.totalMs <= p.overhead.profiledMs + 1e-9, `total ${p.totalMs} > profiled wall ${p.overhead.profiledMs}`);
        assert.ok(p.overhead.profiledMs - p.totalMs < 25 + 0.25 * p.totalMs, `profiled wall time ${p.overhead.profiledMs} far above the profile total ${p.totalMs}`);
        // Σ tottime ≈ plain run time, within the reported overhead (plus the clock reads outside the root).
        const plain = p.overhead.plainMs!;
        assert.ok(plain > 0, 'the plain run was measured');
        const overhead = p.overhead.profiledMs - plain;
        const outside = p.overhead.profiledMs - p.totalMs;
        assert.ok(Math.abs(sum - plain) <= Math.abs(overhead) + outside + 1e-6, `Σ tottime ${sum} vs plain ${plain}: more than the overhead ${overhead}`);
        assert.ok(p.overhead.perCallNs > 0 && p.overhead.perCallNs < 100_000, `calibrated cost ${p.overhead.perCallNs} ns`);
        for (const f of p.functions) {
          assert.ok(f.tottime >= -1e-9 && f.cumtime >= -1e-9, `${f.label}: negative time`);
          if (f.mode !== 'compile') assert.ok(f.cumtime + 1e-9 >= f.tottime || f.primitiveCalls === 0, `${f.label}: cumtime < tottime`);
          assert.ok(f.cumtime <= p.totalMs + 1e-9, `${f.label}: cumtime above the total`);
        }
        // The call tree's root total is the run; each node's total covers its children.
        const children = new Map<number, number>();
        for (const n of p.callTree) if (n.parent >= 0) children.set(n.parent, (children.get(n.parent) ?? 0) + n.total);
        for (const n of p.callTree) assert.ok(n.self + (children.get(n.id) ?? 0) <= n.total + 1e-6, `call path ${n.id}: children exceed total`);
        assert.ok(Math.abs(p.callTree[0].total - p.totalMs) < 1e-9);
      });
    }
  });
}
