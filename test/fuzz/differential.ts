// Runs generated programs on node and on every registered tier (in every mode
// the conformance runner uses) and reports the first differences, with the seed
// and the program so a failure can be replayed and turned into a corpus test.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TIERS } from '../../src/tiers.js';
import { CLI } from '../support/paths.js';
import { pool, runProcess } from '../support/processes.js';
import { generateProgram } from './program-generator.js';

export interface Difference {
  seed: number;
  mode: string;
  program: string;
  expected: string;
  actual: string;
}

export function fuzzModes(): { label: string; args: string[] }[] {
  const modes: { label: string; args: string[] }[] = [];
  for (const tier of TIERS) {
    modes.push({ label: tier.name, args: ['--tier', tier.name] });
    if (tier.name === 'jit') {
      modes.push({ label: 'jit-sync', args: ['--tier', 'jit', '--jit-compile', 'sync'] });
      modes.push({ label: 'jit-threshold-0', args: ['--tier', 'jit', '--jit-threshold', '0'] });
      modes.push({ label: 'jit-deopt-stress', args: ['--tier', 'jit', '--deopt-stress'] });
    }
  }
  return modes;
}

export async function differentialRun(firstSeed: number, count: number): Promise<Difference[]> {
  const dir = mkdtempSync(join(tmpdir(), 'speedlab-fuzz-'));
  const seeds = Array.from({ length: count }, (_, i) => firstSeed + i);
  const modes = fuzzModes();
  const results = await pool(seeds, async (seed) => {
    const program = generateProgram(seed);
    const file = join(dir, `fuzz-${seed}.js`);
    writeFileSync(file, program);
    const reference = await runProcess(process.execPath, [file]);
    const expected = `${reference.code}\n${reference.stdout}`;
    const differences: Difference[] = [];
    for (const mode of modes) {
      const run = await runProcess(process.execPath, [CLI, 'run', ...mode.args, file]);
      const actual = `${run.code}\n${run.stdout}${run.code !== 0 ? run.stderr : ''}`;
      if (actual !== expected) differences.push({ seed, mode: mode.label, program, expected, actual });
    }
    return differences;
  });
  return results.flat();
}
