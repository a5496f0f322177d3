// The README's first command runs `npx speedlab`, which executes the package's
// bin file directly: the build must leave it executable (tsc writes files
// without the executable bit, and a fresh clone's `npm install` once failed
// with "speedlab: Permission denied"). Runs the bin as a new user would.

import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { test } from 'node:test';
import { repoPath } from './support/paths.js';
import { runProcess } from './support/processes.js';

test('the speedlab bin is executable and runs', async () => {
  const bin = repoPath('dist/src/cli/main.js');
  assert.ok((statSync(bin).mode & 0o111) !== 0, `${bin} is not executable`);
  const run = await runProcess(bin, ['tiers'], { timeoutMs: 60_000 });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^jit\b.*\(default\)$/m);
});
