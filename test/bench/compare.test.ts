// `bench compare` flags an injected 2x slowdown as significant, reports
// identical inputs as no change, and keeps small noise below its threshold.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareReports } from '../../bench/compare.js';
import { renderComparison } from '../../bench/report/compare-table.js';
import { noisySamples, syntheticReport } from './synthetic-report.js';

const BENCHMARKS = ['fib', 'sieve', 'richards', 'json'];

function samplesFor(slowdown: (benchmark: string, column: string) => number, seedOffset = 0): Record<string, Record<string, number[]>> {
  const out: Record<string, Record<string, number[]>> = {};
  BENCHMARKS.forEach((b, i) => {
    out[b] = {
      ast: noisySamples(100 + 10 * i, 12, 1 + i + seedOffset).map((x) => x * slowdown(b, 'ast')),
      node: noisySamples(1 + i, 200, 101 + i + seedOffset).map((x) => x * slowdown(b, 'node')),
    };
  });
  return out;
}

describe('bench compare', () => {
  it('reports identical inputs as no change everywhere', () => {
    const report = syntheticReport(samplesFor(() => 1));
    const comparison = compareReports(report, structuredClone(report));
    assert.equal(comparison.cells.length, BENCHMARKS.length * 2);
    for (const cell of comparison.cells) {
      assert.equal(cell.verdict, 'no significant change', `${cell.benchmark} on ${cell.column}`);
      assert.equal(cell.ratio.estimate, 1);
    }
    for (const g of comparison.geomean) assert.equal(g.verdict, 'no significant change');
  });

  it('flags an injected 2x slowdown as significant, and only there', () => {
    const before = syntheticReport(samplesFor(() => 1));
    const after = syntheticReport(samplesFor((b, c) => (b === 'richards' && c === 'ast' ? 2 : 1), 1000));
    const comparison = compareReports(before, after);
    const slowed = comparison.cells.find((c) => c.benchmark === 'richards' && c.column === 'ast');
    assert.ok(slowed);
    assert.equal(slowed.verdict, 'slower');
    assert.ok(slowed.p < 0.001, `p = ${slowed.p}`);
    assert.ok(slowed.ratio.low > 1.8 && slowed.ratio.high < 2.2, `ratio interval [${slowed.ratio.low}, ${slowed.ratio.high}]`);
    for (const cell of comparison.cells.filter((c) => c !== slowed)) {
      assert.equal(cell.verdict, 'no significant change', `${cell.benchmark} on ${cell.column}: ${cell.ratio.estimate} p=${cell.p}`);
    }
    assert.match(renderComparison(comparison), /richards\s+ast\s+.*\+\d+(\.\d)?%.*slower/);
  });

  it('flags a 2x speedup of every benchmark in the geometric mean', () => {
    const before = syntheticReport(samplesFor(() => 1));
    const after = syntheticReport(samplesFor((_b, c) => (c === 'node' ? 0.5 : 1), 2000));
    const comparison = compareReports(before, after);
    const node = comparison.geomean.find((g) => g.column === 'node');
    const ast = comparison.geomean.find((g) => g.column === 'ast');
    assert.equal(node?.verdict, 'faster');
    assert.ok(Math.abs(node.ratio.estimate - 0.5) < 0.05);
    assert.equal(ast?.verdict, 'no significant change');
  });

  it('does not compare failed or missing cells, and says why', () => {
    const before = syntheticReport(samplesFor(() => 1));
    const after = structuredClone(before);
    after.cells = after.cells.filter((c) => !(c.benchmark === 'fib' && c.column === 'node'));
    const comparison = compareReports(before, after);
    assert.deepEqual(comparison.uncompared, [{ benchmark: 'fib', column: 'node', reason: 'not in the new report' }]);
  });
});
