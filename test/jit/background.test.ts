// Background compilation (the default, `--jit-compile background`): the
// program keeps running in the VM while the compiler thread builds the module,
// and the JIT installs it when it is next consulted. A loop long enough to
// outlast any compile must end up in compiled code (an OSR entry), with the
// compile's time counted on the compiler thread, and print what node prints.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLI, repoPath } from '../support/paths.js';
import { runProcess } from '../support/processes.js';

const PROGRAM = repoPath('test/jit/background/long_loop.js');

function counter(stderr: string, name: string): string {
  const line = stderr.split('\n').find((l) => l.startsWith(name));
  assert.ok(line, `--stats has no '${name}' line:\n${stderr}`);
  return line.slice(name.length).trim();
}

test('a long loop is compiled in the background and entered by OSR', async () => {
  const expected = await runProcess(process.execPath, [PROGRAM], { timeoutMs: 60_000 });
  const run = await runProcess(process.execPath, [CLI, 'run', '--tier', 'jit', '--stats', PROGRAM], { timeoutMs: 120_000 });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, expected.stdout);
  assert.ok(Number(counter(run.stderr, 'jit OSR entries')) >= 1, run.stderr);
  assert.ok(Number(counter(run.stderr, 'jit compiles')) >= 1, run.stderr);
  const background = parseFloat(counter(run.stderr, 'jit background compile time'));
  assert.ok(background > 0, `no time on the compiler thread:\n${run.stderr}`);
});

test('--jit-compile sync compiles in the program thread', async () => {
  const run = await runProcess(process.execPath, [CLI, 'run', '--tier', 'jit', '--jit-compile', 'sync', '--stats', PROGRAM], { timeoutMs: 120_000 });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(counter(run.stderr, 'jit background compile time'), '0.0 ms');
  assert.ok(parseFloat(counter(run.stderr, 'jit compile time')) > 0, run.stderr);
});

test('callees compile before their callers, which then call them directly', async () => {
  const program = repoPath('test/jit/background/callee_chain.js');
  // moves and weighted checksum over 1200 rounds of 10..14 discs: sum(2^n - 1) and sum(k*k for k <= n)
  const run = await runProcess(process.execPath, [CLI, 'run', '--tier', 'jit', '--stats', program], { timeoutMs: 120_000 });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '7617360 810000\n');
  // the four methods of the chain: put and take (callees of step), step (callee of solve), solve
  assert.ok(Number(counter(run.stderr, 'jit compiles')) >= 4, run.stderr);
  // a caller compiled while its callees were still in the compiler thread would call them through the VM
  assert.equal(counter(run.stderr, 'jit instructions run by exec'), '0', run.stderr);
});
