// Representation hints (interpreters/jit/analysis.ts): a parameter copied
// into a local before its uses gets the type the copy's reads saw. Without
// the hint through the move, `limit` in test/jit/programs/copied_parameter.js
// compiles as a generic value and the loop unboxes its copy through the host
// at every comparison (int-to-double's benchmark(size) did so 240,000 times
// per run). Checked on the trace and the module text.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLI, repoPath } from '../support/paths.js';
import { runProcess } from '../support/processes.js';

test('a parameter copied before use is typed by the copy\'s reads', async () => {
  const file = repoPath('test/jit/programs/copied_parameter.js');
  const trace = await runProcess(process.execPath, [CLI, 'run', '--tier', 'jit', '--jit-compile', 'sync', '--trace-jit', file], { timeoutMs: 60_000 });
  assert.equal(trace.code, 0, trace.stderr);
  assert.match(trace.stderr + trace.stdout, /compile countTo \(\d+:\d+\) function: \(r0:i32\)/, 'countTo was not compiled with an int32 parameter');
  const wasm = await runProcess(process.execPath, [CLI, 'wasm', '--fn', 'countTo', file], { timeoutMs: 60_000 });
  assert.equal(wasm.code, 0, wasm.stderr);
  const body = wasm.stdout.slice(wasm.stdout.indexOf('(func $f'));
  assert.match(body, /i32\.rem_s/, 'countTo was not compiled to int32 arithmetic');
  assert.doesNotMatch(body, /\(call \$unbox_/, 'the loop unboxes a number through the host');
});
