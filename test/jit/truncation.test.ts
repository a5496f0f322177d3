// Truncated sums (interpreters/jit/analysis.ts, truncatedArithmetic): the
// hash in test/programs/jit/truncated_sums.js adds an int32 product and a
// char code, a sum past int32 at almost every step, and truncates it with
// `| 0` at once. Compiled as a wrapping i32 add, h stays an int32 register:
// with the overflow guard the sum was a double (from the feedback, or after
// the guard's deopt), h with it, and every step converted it back through
// the ToInt32 helper. Checked on the trace and the module text; the program's
// output is checked against node with the rest of test/programs/jit.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLI, repoPath } from '../support/paths.js';
import { runProcess } from '../support/processes.js';

test('a sum truncated at once is compiled as a wrapping int32 add', async () => {
  const file = repoPath('test/programs/jit/truncated_sums.js');
  const trace = await runProcess(process.execPath, [CLI, 'run', '--tier', 'jit', '--jit-compile', 'sync', '--trace-jit', file], { timeoutMs: 60_000 });
  assert.equal(trace.code, 0, trace.stderr);
  const out = trace.stderr + trace.stdout;
  assert.match(out, /compile hash \(\d+:\d+\) function: \(r0:ref\) -> i32;/, 'hash was not compiled with an int32 result');
  assert.doesNotMatch(out, /deopt hash /, 'the hash loop deoptimised');
  const wasm = await runProcess(process.execPath, [CLI, 'wasm', '--fn', 'hash', file], { timeoutMs: 60_000 });
  assert.equal(wasm.code, 0, wasm.stderr);
  // (the unit's own function, after the ToInt32 helper the module also defines)
  const at = wasm.stdout.indexOf('(func $f0 (');
  assert.ok(at >= 0, 'no compiled hash in the module text');
  const body = wasm.stdout.slice(at);
  assert.match(body, /i32\.mul/, 'Math.imul was not compiled in place');
  assert.doesNotMatch(body, /\(call \$toint32/, 'h is converted from a double at every step');
  assert.doesNotMatch(body, /f64\.convert_i32_s/, 'h is held as a double');
});
