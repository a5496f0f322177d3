// Golden tests for the VM's views: `speedlab disasm`, `run --trace` and
// `run --stats` on the small programs in test/vm/programs/, through the real CLI.
// The expected outputs live in test/vm/golden/ (read from the source tree, not
// from dist). To regenerate them after an intended change, run the tests with
// SPEEDLAB_UPDATE_GOLDEN=1 and review the diff before committing it.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { goldenFiles } from '../support/golden.js';
import { CLI, repoPath } from '../support/paths.js';
import { runProcess } from '../support/processes.js';

const PROGRAMS = repoPath('test/vm/programs');
const GOLDEN = repoPath('test/vm/golden');

const programs = readdirSync(PROGRAMS).filter((f) => f.endsWith('.js')).sort();

const golden = goldenFiles(GOLDEN, 'test/vm/golden');

/** Runs the CLI from the programs folder, so listings name the files the same way everywhere. */
async function cli(args: string[]) {
  return runProcess(process.execPath, [CLI, ...args], { cwd: PROGRAMS });
}

describe('disasm', () => {
  for (const file of programs) {
    test(file, async () => {
      const run = await cli(['disasm', file]);
      assert.equal(run.code, 0, run.stderr);
      golden(file.replace(/\.js$/, '.disasm.txt'), run.stdout);
    });
  }

  test('--fn selects one function', async () => {
    const run = await cli(['disasm', 'loop_sum.js', '--fn', 'sum']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^== sum \(loop_sum\.js:2\) ==\n/);
    assert.doesNotMatch(run.stdout, /== <script>/);
  });

  test('--fn with an unknown name fails with exit code 2', async () => {
    const run = await cli(['disasm', 'loop_sum.js', '--fn', 'nope']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no function named 'nope'/);
  });
});

describe('--trace', () => {
  for (const file of ['loop_sum.js', 'closure_counter.js', 'try_finally.js']) {
    test(file, async () => {
      const run = await cli(['run', '--tier', 'vm', '--trace', '--trace-limit', '60', file]);
      assert.equal(run.code, 0, run.stderr);
      golden(file.replace(/\.js$/, '.trace.txt'), run.stderr);
    });
  }
});

describe('--stats', () => {
  test('counters, histogram and inline caches (wall time and allocations masked)', async () => {
    const run = await cli(['run', '--tier', 'vm', '--stats', 'class_points.js']);
    assert.equal(run.code, 0, run.stderr);
    // wall time varies; allocations count the shared runtime's objects too, which is not this view's concern
    const masked = run.stderr.replace(/^(wall time\s+).*$/m, '$1<masked>').replace(/^(allocations\s+).*$/m, '$1<masked>');
    golden('class_points.stats.txt', masked);
  });
});
