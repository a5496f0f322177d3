// The sandbox: programs in test/sandbox/ try to reach the host (constructor
// chains, __proto__, prototype pollution, globalThis, process, require, error
// stacks, Function(...)). Each must fail cleanly with the language error its
// expectations name, on every tier, and the host's own prototypes and globals
// must be exactly as they were before.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TIERS } from '../src/tiers.js';
import { listPrograms, readExpectations, readProgram } from './support/expectations.js';
import { repoPath } from './support/paths.js';
import { runInProcess } from './support/run-in-process.js';

const SANDBOX_DIR = repoPath('test/sandbox');
const programs = listPrograms(SANDBOX_DIR);

/** Own property names of everything a program could try to pollute on the host. */
function hostSnapshot(): string {
  const targets: Record<string, object> = {
    globalThis, Object, 'Object.prototype': Object.prototype, 'Array.prototype': Array.prototype,
    'Function.prototype': Function.prototype, 'String.prototype': String.prototype, 'Number.prototype': Number.prototype,
    'Error.prototype': Error.prototype, Error, 'Map.prototype': Map.prototype, 'Set.prototype': Set.prototype, JSON, Math,
  };
  return JSON.stringify(Object.entries(targets).map(([name, o]) => [name, Object.getOwnPropertyNames(o).sort(), Object.isExtensible(o)]));
}

describe('sandbox', () => {
  test('there are at least 20 escape attempts', () => {
    assert.ok(programs.length >= 20, `only ${programs.length}`);
  });

  for (const tier of TIERS) {
    test(`every escape attempt fails cleanly on ${tier.name} and leaves the host untouched`, () => {
      const before = hostSnapshot();
      const pushBefore = Array.prototype.push;
      const failures: string[] = [];
      for (const name of programs) {
        const expect = readExpectations(readProgram(SANDBOX_DIR, name));
        const run = runInProcess(readProgram(SANDBOX_DIR, name), tier.name);
        if (expect.checkError !== null) {
          if (run.kind !== 'check' || !run.error!.includes(expect.checkError)) failures.push(`${name}: expected check error "${expect.checkError}", got ${run.kind} ${run.error}`);
          continue;
        }
        if (run.stdout !== expect.stdout) failures.push(`${name}: stdout\n--- expected\n${expect.stdout}--- actual\n${run.stdout}`);
        if (expect.runtimeError !== null && run.error !== expect.runtimeError) failures.push(`${name}: expected "${expect.runtimeError}", got ${run.kind} "${run.error}"`);
        if (expect.runtimeError === null && run.kind !== 'ok') failures.push(`${name}: unexpected ${run.kind}: ${run.error}`);
      }
      assert.deepEqual(failures, []);
      assert.equal(hostSnapshot(), before, 'a host prototype or global changed');
      assert.equal(Array.prototype.push, pushBefore);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });
  }
});
