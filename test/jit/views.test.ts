// Golden tests for the JIT's views: `speedlab wasm prog.js [--fn NAME]` and
// `run --tier jit --trace-jit` and the JIT part of `--stats`, on the small deterministic programs in
// test/jit/programs/, through the real CLI. Expected outputs live in
// test/jit/golden/ (read from the source tree, not from dist). Timings are not
// deterministic, so `12.3 ms` in trace lines becomes `<ms>` before comparing.
// To regenerate after an intended change, run with SPEEDLAB_UPDATE_GOLDEN=1 and
// review the diff by eye before keeping it.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { goldenFiles } from '../support/golden.js';
import { CLI, repoPath } from '../support/paths.js';
import { runProcess } from '../support/processes.js';

const PROGRAMS = repoPath('test/jit/programs');
const GOLDEN = repoPath('test/jit/golden');

const programs = readdirSync(PROGRAMS).filter((f) => f.endsWith('.js')).sort();

/** The one function each program's `--fn` golden pins (its first `function NAME`). */
function firstFunction(file: string): string {
  const m = /function\s+([A-Za-z_$][\w$]*)/.exec(readFileSync(join(PROGRAMS, file), 'utf8'));
  assert.ok(m, `${file} declares no function`);
  return m[1];
}

const golden = goldenFiles(GOLDEN, 'test/jit/golden');

/** Compile and similar timings are the only non-deterministic part of a trace line. */
export function stripTimings(text: string): string {
  return text.replace(/\d+(\.\d+)? ms\b/g, '<ms>');
}

async function cli(args: string[]) {
  return runProcess(process.execPath, [CLI, ...args], { cwd: PROGRAMS, timeoutMs: 120_000 });
}

describe('speedlab wasm', () => {
  for (const file of programs) {
    test(file, async () => {
      const run = await cli(['wasm', file]);
      assert.equal(run.code ?? -1, 0, run.stderr);
      golden(file.replace(/\.js$/, '.wasm.txt'), run.stdout);
    });
    test(`${file} --fn`, async () => {
      const run = await cli(['wasm', file, '--fn', firstFunction(file)]);
      assert.equal(run.code ?? -1, 0, run.stderr);
      golden(file.replace(/\.js$/, '.fn.wasm.txt'), run.stdout);
    });
  }
});

describe('run --tier jit --jit-compile sync --trace-jit', () => {
  for (const file of programs) {
    test(file, async () => {
      // compiling in the program's thread makes the trace independent of timing
      const run = await cli(['run', '--tier', 'jit', '--jit-compile', 'sync', '--trace-jit', file]);
      assert.equal(run.code ?? -1, 0, run.stderr);
      golden(file.replace(/\.js$/, '.trace.txt'), `${run.stdout}---- trace (stderr)\n${stripTimings(run.stderr)}`);
    });
  }
});

describe('run --tier jit --jit-compile sync --stats', () => {
  for (const file of programs) {
    test(file, async () => {
      const run = await cli(['run', '--tier', 'jit', '--jit-compile', 'sync', '--stats', file]);
      assert.equal(run.code ?? -1, 0, run.stderr);
      // the JIT's own counters (the VM's part of --stats is pinned by test/vm)
      const jitLines = run.stderr.split('\n').filter((l) => l.startsWith('jit ')).join('\n');
      assert.match(jitLines, /^jit compiles +\d+$/m);
      golden(file.replace(/\.js$/, '.stats.txt'), stripTimings(jitLines) + '\n');
    });
  }
});
