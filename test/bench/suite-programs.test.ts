// Every suite program follows the protocol and verifies its own result at
// tinySize under node and on every registered tier (read from TIERS, so new
// tiers are tested without changes here). No timing.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TIERS } from '../../src/tiers.js';
import { loadSuite } from '../../bench/suite-loader.js';
import { loadOnNode } from '../../bench/runners/node-runner.js';
import { loadOnTier } from '../../bench/runners/tier-runner.js';
import type { LoadedProgram } from '../../bench/runners/loaded-program.js';

const suite = loadSuite();

function verifiesAtTinySize(program: LoadedProgram, tinySize: number): void {
  const result = program.run(tinySize);
  assert.equal(program.verify(result, tinySize), true, `verify(benchmark(${tinySize}), ${tinySize}) is not true`);
}

describe('benchmark suite', () => {
  it('has at least 14 programs, each declaring name, category, size and tinySize', () => {
    assert.ok(suite.length >= 14, `only ${suite.length} programs`);
    for (const b of suite) {
      assert.match(b.file, new RegExp(`${b.name}\\.js$`), `${b.file}: BENCHMARK.name must be the file name`);
      assert.ok(b.category.length > 0 && b.description.length > 0, `${b.name}: category and description`);
      assert.ok(Number.isFinite(b.size) && Number.isFinite(b.tinySize), `${b.name}: size and tinySize`);
    }
  });

  for (const b of suite) {
    it(`${b.name} verifies under node at tinySize`, () => verifiesAtTinySize(loadOnNode(b.source, b.file), b.tinySize));
    for (const tier of TIERS) {
      it(`${b.name} verifies on ${tier.name} at tinySize`, () => verifiesAtTinySize(loadOnTier(tier.name, b.source, b.file), b.tinySize));
    }
  }

  it('a wrong size is caught by verify (the check is not a constant true)', () => {
    const fib = suite.find((b) => b.name === 'fib');
    assert.ok(fib, 'fib is in the suite');
    const program = loadOnNode(fib.source, fib.file);
    assert.equal(program.verify(program.run(fib.tinySize), fib.tinySize + 1), false);
  });
});
