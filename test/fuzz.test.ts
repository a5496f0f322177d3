// A bounded differential fuzz run inside `npm test`: generated programs must
// print exactly what node prints on every tier. `npm run fuzz` runs longer.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { differentialRun } from './fuzz/differential.js';
import { generateProgram } from './fuzz/program-generator.js';

const SEED = Number(process.env.FUZZ_SEED ?? 1);
const COUNT = Number(process.env.FUZZ_COUNT ?? 30);

test('the generator is deterministic and varied', () => {
  assert.equal(generateProgram(7), generateProgram(7));
  assert.notEqual(generateProgram(7), generateProgram(8));
});

test(`${COUNT} generated programs (seeds ${SEED}..${SEED + COUNT - 1}) match node on every tier`, async () => {
  const differences = await differentialRun(SEED, COUNT);
  const report = differences.slice(0, 3).map((d) => `seed ${d.seed} on ${d.mode}:\n${d.program}\n--- node\n${d.expected}\n--- ${d.mode}\n${d.actual}`);
  assert.equal(differences.length, 0, report.join('\n\n'));
});
