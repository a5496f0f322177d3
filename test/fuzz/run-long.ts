// `npm run fuzz`: a longer differential run (FUZZ_COUNT programs from FUZZ_SEED, default 500 from a time-based seed).

import { differentialRun } from './differential.js';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const count = Number(process.env.FUZZ_COUNT ?? 500);
const differences = await differentialRun(seed, count);
for (const d of differences.slice(0, 5)) {
  process.stdout.write(`seed ${d.seed} on ${d.mode}:\n${d.program}\n--- node\n${d.expected}\n--- ${d.mode}\n${d.actual}\n\n`);
}
process.stdout.write(`${count - new Set(differences.map((d) => d.seed)).size} passed, ${new Set(differences.map((d) => d.seed)).size} failed (seeds ${seed}..${seed + count - 1})\n`);
process.exitCode = differences.length ? 1 : 0;
