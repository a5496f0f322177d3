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
