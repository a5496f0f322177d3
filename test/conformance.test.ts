// The conformance corpus on every registered tier, with Node as the oracle.
// Each program in test/programs/ says what it prints (`// expect:` lines) or how
// it fails; the test checks the expectations against `node` itself (a program
// whose expectations disagree with Node fails, it is never skipped), then runs
// the program on every tier (batched in one worker per tier and mode, through
// the same runProgram as `speedlab run`) and requires the same stdout, exit code
// and error line. Known failures live in test/known-failures/<tier>.txt;
// a listed program that passes is an error too, so the list cannot go stale.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { TIERS, type TierOptions } from '../src/tiers.js';
import { runBatch } from './support/batch-worker.js';
import { listPrograms, nodeErrorLine, readExpectations, readProgram, type Expectations } from './support/expectations.js';
import { PROGRAMS_DIR, repoPath } from './support/paths.js';
import { pool, runProcess, type ProcessResult } from './support/processes.js';

const programs = listPrograms(PROGRAMS_DIR);

/**
 * The modes a tier is run in: its defaults, and for the JIT also compiling in
 * the program's thread at the default thresholds (the default compiles in a
 * background thread, so what gets compiled depends on timing), compile at
 * first call, and forced deopts.
 */
function modes(tier: string): { label: string; options: TierOptions }[] {
  const base: { label: string; options: TierOptions }[] = [{ label: tier, options: {} }];
  if (tier === 'jit') {
    base.push({ label: 'jit-sync', options: { jitCompile: 'sync' } });
    base.push({ label: 'jit-threshold-0', options: { jitThreshold: 0 } });
    base.push({ label: 'jit-deopt-stress', options: { deoptStress: true } });
  }
  return base;
}

function knownFailures(label: string): Set<string> {
  const file = repoPath('test/known-failures', `${label}.txt`);
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/** What is wrong with a run, or null when it meets the expectations. */
function mismatch(expect: Expectations, run: ProcessResult, who: string): string | null {
  if (expect.checkError !== null) {
    if (run.code !== 2) return `${who}: expected exit code 2 (check error), got ${run.code}\n${run.stderr}`;
    if (!run.stderr.includes(expect.checkError)) return `${who}: expected check error containing "${expect.checkError}", got:\n${run.stderr}`;
    return null;
  }
  if (run.stdout !== expect.stdout) {
    return `${who}: stdout differs\n--- expected\n${expect.stdout}--- actual\n${run.stdout}--- stderr\n${run.stderr}`;
  }
  if (expect.runtimeError !== null) {
    if (run.code !== 1) return `${who}: expected exit code 1 (uncaught error), got ${run.code}\n${run.stderr}`;
    const line = who === 'node' ? nodeErrorLine(run.stderr) : run.stderr.split('\n')[0].replace(/^Uncaught /, '');
    if (line !== expect.runtimeError) return `${who}: expected error "${expect.runtimeError}", got "${line}"\n${run.stderr}`;
    return null;
  }
  if (run.code !== 0) return `${who}: expected exit code 0, got ${run.code}\n${run.stderr}`;
  return null;
}

describe('conformance corpus', { concurrency: false }, () => {
  const expectations = new Map<string, Expectations>();
  const nodeRuns = new Map<string, ProcessResult>();

  before(async () => {
    for (const name of programs) expectations.set(name, readExpectations(readProgram(PROGRAMS_DIR, name)));
    const oracle = programs.filter((p) => expectations.get(p)!.checkError === null);
    const results = await pool(oracle, (name) => runProcess(process.execPath, [join(PROGRAMS_DIR, name)], { cwd: PROGRAMS_DIR }));
    oracle.forEach((name, i) => nodeRuns.set(name, results[i]));
  });

  test('the corpus has at least 150 programs', () => {
    assert.ok(programs.length >= 150, `only ${programs.length} programs`);
  });

  test('every expectation agrees with node', () => {
    const wrong: string[] = [];
    for (const [name, run] of nodeRuns) {
      const problem = mismatch(expectations.get(name)!, run, 'node');
      if (problem) wrong.push(`${name}: ${problem}`);
    }
    assert.deepEqual(wrong, []);
  });

  for (const tier of TIERS) {
    for (const mode of modes(tier.name)) {
      test(`every program on ${mode.label} matches its expectations and node`, async () => {
        const known = knownFailures(mode.label);
        const runs = await runBatch({ files: programs.map((name) => join(PROGRAMS_DIR, name)), request: { tier: tier.name, ...mode.options, limits: {}, stats: false } });
        const failures: string[] = [];
        const unexpectedPasses: string[] = [];
        programs.forEach((name, i) => {
          const problem = mismatch(expectations.get(name)!, runs[i], mode.label);
          if (problem && !known.has(name)) failures.push(`${name}: ${problem}`);
          if (!problem && known.has(name)) unexpectedPasses.push(name);
        });
        assert.equal(failures.length, 0, `${failures.length} programs fail on ${mode.label}:\n\n${failures.join('\n\n')}`);
        assert.deepEqual(unexpectedPasses, [], `these pass now; remove them from test/known-failures/${mode.label}.txt`);
      });
    }
  }
});
