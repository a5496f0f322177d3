// Register webs (interpreters/jit/webs.ts): the VM's compiler reuses a
// temporary for a loop's float arithmetic and for the array the function
// returns. Without splitting, that register is generic for the whole function
// and every number written to it is boxed by a host call; split, the loop
// stays unboxed. Checked on the module text of test/jit/programs/temp_reuse.js.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLI, repoPath } from '../support/paths.js';
import { runProcess } from '../support/processes.js';

test('a reused temporary does not box the loop\'s numbers', async () => {
  const file = repoPath('test/jit/programs/temp_reuse.js');
  const run = await runProcess(process.execPath, [CLI, 'wasm', '--fn', 'blend', file], { timeoutMs: 60_000 });
  assert.equal(run.code, 0, run.stderr);
  const body = run.stdout.slice(run.stdout.indexOf('(func $f'));
  assert.match(body, /f64\.mul/, 'blend was not compiled to float arithmetic');
  assert.doesNotMatch(body, /\(call \$(box|unbox)_f64/, 'the loop boxes numbers through the host');
  // the array at the end still gets its generic register
  assert.match(body, /\(call \$exec/);
});
