// The column table picks up every registered tier, adds node and the peers,
// and skips a peer that is not installed with a note instead of an error.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allColumns, isColumnAvailable, selectColumns } from '../../bench/columns.js';
import { TIERS } from '../../src/tiers.js';

describe('bench columns', () => {
  it('runs every registered tier, node and node-jitless by default, in both plans', () => {
    for (const plan of ['default', 'quick'] as const) {
      const names = selectColumns(undefined, plan).columns.map((c) => c.name);
      for (const tier of TIERS) assert.ok(names.includes(tier.name), `${tier.name} in the ${plan} run`);
      assert.ok(names.includes('node') && names.includes('node-jitless'));
      assert.ok(!names.includes('sval'), 'sval only on request');
    }
  });

  it('rejects unknown column names', () => {
    assert.throws(() => selectColumns('ast,nonsense', 'default'), /unknown column 'nonsense'/);
  });

  it('skips a column whose optional peer is missing, with the reason', () => {
    const missing = { ...allColumns().find((c) => c.name === 'sval')!, peerPackage: 'speedlab-no-such-package' };
    assert.equal(isColumnAvailable(missing), false);
    assert.equal(isColumnAvailable(allColumns().find((c) => c.name === 'node')!), true);
  });

  it('reports peers that are asked for but not installed as skipped, not as errors', () => {
    const { columns, skipped } = selectColumns('ast,quickjs,sval', 'default');
    for (const name of ['quickjs', 'sval']) {
      const ran = columns.some((c) => c.name === name);
      const note = skipped.find((s) => s.column === name);
      assert.ok(ran !== Boolean(note), `${name} either runs or is skipped with a note`);
      if (note) assert.match(note.reason, /not installed/);
    }
  });
});
