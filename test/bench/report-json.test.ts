// An end-to-end run of two suite programs at tinySize (each cell in its own
// child process) gives a report that passes the JSON schema check, keeps every
// sample and the metadata, and renders in every format. No timing assertions.

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { selectColumns } from '../../bench/columns.js';
import { PLANS } from '../../bench/plan.js';
import { renderCsvReport } from '../../bench/report/csv.js';
import { renderHtmlReport } from '../../bench/report/html.js';
import { renderMarkdownReport } from '../../bench/report/markdown.js';
import { renderSpeedupChartSvg } from '../../bench/report/speedup-chart.js';
import { renderTerminalReport } from '../../bench/report/terminal.js';
import { renderJsonReport } from '../../bench/report/write-outputs.js';
import { REPORT_SCHEMA, validateReport, type BenchReport } from '../../bench/report-schema.js';
import { runSuite } from '../../bench/run-suite.js';
import { loadSuite } from '../../bench/suite-loader.js';
import { syntheticReport, noisySamples } from './synthetic-report.js';

const TINY_PLAN = { warmupTimeMs: 0, warmupIterations: 1, timeMs: 0, minSamples: 3, cellTimeoutMs: 60_000 };

describe('bench report JSON', () => {
  let report: BenchReport;
  before(async () => {
    const { columns } = selectColumns('ast,node', 'quick');
    report = await runSuite({ benchmarks: loadSuite(/^(fib|towers)$/), columns, plan: 'quick', planSettings: TINY_PLAN, jobs: 2, sizeField: 'tinySize' });
  });

  it('passes the schema check after a round trip through JSON', () => {
    const parsed: unknown = JSON.parse(renderJsonReport(report));
    assert.deepEqual(validateReport(parsed), []);
    assert.equal((parsed as BenchReport).schema, REPORT_SCHEMA);
  });

  it('keeps every sample and the run metadata', () => {
    const m = report.metadata;
    assert.match(m.speedlabVersion, /^\d+\.\d+\.\d+/);
    assert.equal(m.nodeVersion, process.version);
    assert.ok(m.cpuModel.length > 0 && m.cpuCount > 0);
    assert.ok(!Number.isNaN(Date.parse(m.date)));
    assert.ok(m.gitCommit === null || /^[0-9a-f]{40}$/.test(m.gitCommit));
    assert.equal(m.baseline, 'ast');
    assert.equal(report.cells.length, 4);
    for (const cell of report.cells) {
      assert.equal(cell.status, 'ok', cell.status === 'failed' ? cell.message : '');
      if (cell.status !== 'ok') continue;
      assert.ok(cell.samplesMs.length >= TINY_PLAN.minSamples);
      assert.equal(cell.tinybench.samples, cell.samplesMs.length);
      assert.ok(cell.warmupMs.length >= 1);
      assert.ok(cell.summary.median.low <= cell.summary.median.estimate && cell.summary.median.estimate <= cell.summary.median.high);
      assert.ok(cell.summary.speedup);
    }
    assert.deepEqual(report.geomean.map((g) => g.column), ['ast', 'node']);
    assert.ok(report.geomean.every((g) => g.benchmarks === 2 && g.speedup));
  });

  it('renders as a table with a geometric-mean row, markdown, CSV, HTML and SVG', () => {
    assert.match(renderTerminalReport(report), /^geomean\s+×1\.00\s+×/m);
    assert.match(renderMarkdownReport(report), /\| \*\*geomean\*\* \|/);
    const csv = renderCsvReport(report).trim().split('\n');
    assert.equal(csv.length, 1 + report.cells.length);
    const html = renderHtmlReport(report);
    assert.match(html, /<svg[^>]*>[\s\S]*Speedup over ast/);
    assert.match(html, /fib: time per iteration/);
    assert.doesNotMatch(html, /<script|<link|src="http|href="http/, 'the HTML report is self-contained');
    assert.match(renderSpeedupChartSvg(report), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});

describe('bench report schema check', () => {
  const valid = syntheticReport({ fib: { ast: noisySamples(10, 5, 1), node: noisySamples(1, 5, 2) } });

  it('accepts a valid report', () => {
    assert.deepEqual(validateReport(JSON.parse(JSON.stringify(valid))), []);
  });

  it('names what is wrong in an invalid one', () => {
    const broken = JSON.parse(JSON.stringify(valid)) as Record<string, any>;
    delete broken.metadata.gitCommit;
    broken.metadata.nodeVersion = 20;
    broken.cells[0].samplesMs = 'many';
    broken.schema = 'something-else';
    const errors = validateReport(broken);
    assert.ok(errors.includes('report.metadata.gitCommit: missing'), errors.join('\n'));
    assert.ok(errors.includes('report.metadata.nodeVersion: expected a string'), errors.join('\n'));
    assert.ok(errors.includes('report.cells[0].samplesMs: expected an array'), errors.join('\n'));
    assert.ok(errors.some((e) => e.startsWith('report.schema:')), errors.join('\n'));
  });
});
