// -0 in the VM's type feedback (interpreters/vm/feedback.ts): a result or an
// argument that was -0 is a double. Recorded as int32 (`(v | 0) === v` holds
// for -0), test/jit/programs/negative_zero_feedback.js compiled an int32
// parameter and int32 arithmetic in every version, each failed on -0, and
// the JIT gave the function up. Checked on the trace, and the output on node.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLI, repoPath } from '../support/paths.js';
import { runProcess } from '../support/processes.js';

test('a -0 the VM saw makes the site a double, not a deopt in every version', async () => {
  const file = repoPath('test/jit/programs/negative_zero_feedback.js');
  const trace = await runProcess(process.execPath, [CLI, 'run', '--tier', 'jit', '--jit-compile', 'sync', '--trace-jit', file], { timeoutMs: 60_000 });
  assert.equal(trace.code, 0, trace.stderr);
  assert.match(trace.stderr, /compile f \(\d+:\d+\) function: \(r0:i32, r1:f64\)/, 'f was not compiled with a double parameter');
  assert.doesNotMatch(trace.stderr, /give up f|deopt f/, 'f deoptimised on -0');
  const node = await runProcess(process.execPath, [file], { timeoutMs: 60_000 });
  assert.equal(trace.stdout, node.stdout);
});
