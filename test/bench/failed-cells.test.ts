// A wrong result or an uncaught error is a failed cell, never timed, on our
// tiers and on node alike; the CLI exits with 1 and prints FAILED.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { selectColumns } from '../../bench/columns.js';
import { runSuite } from '../../bench/run-suite.js';
import { loadBenchmarkProgram } from '../../bench/suite-loader.js';
import { CLI } from './repo.js';

const PLAN = { warmupTimeMs: 0, warmupIterations: 0, timeMs: 0, minSamples: 2, cellTimeoutMs: 60_000 };

const directory = mkdtempSync(join(tmpdir(), 'speedlab-bench-test-'));
after(() => rmSync(directory, { recursive: true, force: true }));

function program(name: string, body: string): string {
  const file = join(directory, `${name}.js`);
  writeFileSync(file, `const BENCHMARK = { name: "${name}", category: "test", size: 10, tinySize: 3, description: "test" };\n${body}\n`);
  return file;
}

const wrongResult = program('wrong-result', 'function benchmark(size) { return size * 2; }\nfunction verify(result, size) { return result === size * 3; }');
const throws = program('throws', 'function benchmark(size) { null.field; return 1; }\nfunction verify(result, size) { return true; }');
const turnsWrong = program(
  'turns-wrong',
  'const state = { calls: 0 };\nfunction benchmark(size) { state.calls++; return state.calls < 2 ? size : -1; }\nfunction verify(result, size) { return result === size; }',
);

describe('failed cells', () => {
  it('reports a verify that returns false, an uncaught error, and a result that turns wrong as failed, without samples', async () => {
    const { columns } = selectColumns('ast,node', 'quick');
    const report = await runSuite({
      benchmarks: [wrongResult, throws, turnsWrong].map(loadBenchmarkProgram),
      columns,
      plan: 'quick',
      planSettings: PLAN,
      jobs: 2,
    });
    assert.equal(report.cells.length, 6);
    for (const cell of report.cells) {
      assert.equal(cell.status, 'failed', `${cell.benchmark} on ${cell.column}`);
      assert.ok(!('samplesMs' in cell), 'a failed cell has no samples');
    }
    const failureOf = (benchmark: string, column: string) => {
      const cell = report.cells.find((c) => c.benchmark === benchmark && c.column === column);
      return cell?.status === 'failed' ? cell : undefined;
    };
    for (const column of ['ast', 'node']) {
      assert.equal(failureOf('wrong-result', column)?.failure, 'wrong-result');
      const thrown = failureOf('throws', column);
      assert.ok(thrown?.failure === 'error' && /TypeError/.test(thrown.message), JSON.stringify(thrown));
      assert.equal(failureOf('turns-wrong', column)?.failure, 'wrong-result');
    }
    assert.ok(report.geomean.every((g) => g.benchmarks === 0 && g.speedup === null));
  });

  it('makes `speedlab bench <file>` print FAILED and exit with 1', () => {
    const run = spawnSync(process.execPath, [CLI, 'bench', wrongResult, '--tiers', 'node', '--tiny', '--time', '0', '--min-samples', '1'], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /FAILED \(wrong-result\)/);
  });

  it('rejects a file that does not follow the protocol with exit code 2', () => {
    const notABenchmark = join(directory, 'plain.js');
    writeFileSync(notABenchmark, 'console.log(1);\n');
    const run = spawnSync(process.execPath, [CLI, 'bench', notABenchmark, '--tiers', 'node'], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /not a benchmark program: no top-level function benchmark/);
  });
});
