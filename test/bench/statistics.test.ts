// The statistics behind the reports, against values computed by hand or by
// standard tables.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { geometricMean, medianWithInterval, ratioOfMedians, studentTwoSidedP, welchTTest } from '../../bench/statistics.js';

const close = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual}, expected ${expected} ± ${tolerance}`);

describe('statistics', () => {
  it('gives Student t two-sided p-values that match tables', () => {
    close(studentTwoSidedP(2.228, 10), 0.05, 1e-3, 't=2.228, df=10');
    close(studentTwoSidedP(1.96, 1e6), 0.05, 1e-3, 't=1.96, df=∞');
    close(studentTwoSidedP(12.706, 1), 0.05, 1e-3, 't=12.706, df=1');
    assert.equal(studentTwoSidedP(0, 5), 1);
  });

  it("Welch's test separates shifted samples and not identical ones", () => {
    const a = [10, 11, 9, 10.5, 9.5, 10.2, 9.8];
    assert.equal(welchTTest(a, a).p, 1);
    assert.ok(welchTTest(a, a.map((x) => x + 5)).p < 1e-6);
  });

  it('gives the median with an order-statistic interval and its level', () => {
    const few = medianWithInterval([5, 1, 3]);
    assert.deepEqual([few.estimate, few.low, few.high], [3, 1, 5]);
    close(few.level, 0.75, 1e-12, 'level of [min, max] with 3 samples');
    const many = medianWithInterval(Array.from({ length: 100 }, (_, i) => i + 1));
    assert.equal(many.estimate, 50.5);
    assert.ok(many.level >= 0.95 && many.low >= 39 && many.high <= 62, JSON.stringify(many));
  });

  it('bootstraps ratios of medians deterministically', () => {
    const a = [10, 10.5, 9.5, 10.2, 9.8, 10.1];
    const b = a.map((x) => x / 4);
    const r1 = ratioOfMedians(a, b, { seed: 7 });
    const r2 = ratioOfMedians(a, b, { seed: 7 });
    assert.deepEqual(r1, r2);
    close(r1.estimate, 4, 1e-12, 'ratio');
    assert.ok(r1.low < 4 && r1.high > 4 && r1.low > 3.5 && r1.high < 4.5, JSON.stringify(r1));
    close(geometricMean([1, 100]), 10, 1e-9, 'geometric mean');
  });
});
