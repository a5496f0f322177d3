// On-stack replacement of a loop whose back-edge compares references
// (test/jit/programs/pointer_loop.js, `while (node !== null)` run once over
// a long list): the VM's LoopIfStrictNe took the general case for anything
// but numbers, which counted the back-edge without asking the JIT, so the
// loop never entered compiled code. Checked on the trace, and the output on node.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLI, repoPath } from '../support/paths.js';
import { runProcess } from '../support/processes.js';

test('a loop over references enters compiled code at its header', async () => {
  const file = repoPath('test/jit/programs/pointer_loop.js');
  const trace = await runProcess(process.execPath, [CLI, 'run', '--tier', 'jit', '--jit-compile', 'sync', '--trace-jit', file], { timeoutMs: 60_000 });
  assert.equal(trace.code, 0, trace.stderr);
  assert.match(trace.stderr, /OSR entry walk \(\d+:\d+\): loop header/, 'walk\'s loop was not entered by OSR');
  const node = await runProcess(process.execPath, [file], { timeoutMs: 60_000 });
  assert.equal(trace.stdout, node.stdout);
});
