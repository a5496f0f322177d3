// Runs a set of benchmark programs on a set of columns, one fresh child
// process per (benchmark, column) cell, `jobs` cells at a time, and assembles
// the report: metadata, every cell with its samples, speedups over the
// baseline and the geometric-mean rows.

import { loadavg } from 'node:os';
import type { BenchmarkProgram } from './suite-loader.js';
import type { ColumnDefinition } from './columns.js';
import { runCellInChildProcess } from './cell-process.js';
import { machineMetadata } from './metadata.js';
import type { MeasurementPlan, PlanName } from './plan.js';
import { ProgressLine } from './progress.js';
import { REPORT_SCHEMA, type BenchReport, type CellJson } from './report-schema.js';
import { addSpeedups, cellFromRun, geomeanRows } from './summarize.js';

/** The column speedups are relative to, when it is part of the run. */
export const BASELINE_COLUMN = 'ast';

export interface SuiteRunOptions {
  benchmarks: BenchmarkProgram[];
  columns: ColumnDefinition[];
  skipped?: { column: string; reason: string }[];
  plan: PlanName;
  planSettings: MeasurementPlan;
  jobs: number;
  /** Which declared size to run: 'size' for measurements, 'tinySize' for smoke tests. */
  sizeField?: 'size' | 'tinySize';
  /** Called after each cell, in completion order. */
  onCell?: (cell: CellJson) => void;
}

export async function runSuite(options: SuiteRunOptions): Promise<BenchReport> {
  const started = performance.now();
  const date = new Date().toISOString();
  const loadAtStart = loadavg()[0];
  const ownCpuAtStart = process.cpuUsage();
  const sizeField = options.sizeField ?? 'size';
  const work = options.benchmarks.flatMap((benchmark) => options.columns.map((column) => ({ benchmark, column })));
  const progress = new ProgressLine(
    work.map((w) => ({ benchmark: w.benchmark.name, column: w.column.name })),
    options.jobs,
  );
  const cells: CellJson[] = new Array(work.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < work.length) {
      const index = next++;
      const { benchmark, column } = work[index];
      const size = sizeField === 'tinySize' ? benchmark.tinySize : benchmark.size;
      const label = { benchmark: benchmark.name, column: column.name };
      progress.cellStarted(label);
      const run = await runCellInChildProcess({ benchmark: benchmark.name, file: benchmark.file, source: benchmark.source, size, column, plan: options.planSettings });
      progress.cellFinished(label, run.wallMs);
      cells[index] = cellFromRun({ benchmark: benchmark.name, column: column.name, size, run });
      options.onCell?.(cells[index]);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, work.length)) }, worker));
  } finally {
    progress.finish();
  }

  const columnNames = options.columns.map((c) => c.name);
  const baseline = columnNames.includes(BASELINE_COLUMN) ? BASELINE_COLUMN : (columnNames[0] ?? null);
  addSpeedups(cells, baseline);
  return {
    schema: REPORT_SCHEMA,
    metadata: {
      ...machineMetadata(),
      date,
      plan: options.plan,
      planSettings: options.planSettings,
      jobs: options.jobs,
      sizeField,
      baseline,
      totalWallMs: performance.now() - started,
      totalCpuMs: cpuMsSince(ownCpuAtStart) + cells.reduce((sum, c) => sum + c.cpuMs, 0),
      loadAverage: { start: loadAtStart, end: loadavg()[0] },
    },
    columns: options.columns.map((c) => ({ name: c.name, kind: c.kind, summary: c.summary, compilesAtRunTime: c.compilesAtRunTime })),
    skipped: options.skipped ?? [],
    benchmarks: options.benchmarks.map((b) => ({ name: b.name, category: b.category, description: b.description, size: sizeField === 'tinySize' ? b.tinySize : b.size, file: b.file })),
    cells,
    geomean: geomeanRows(cells, columnNames, options.benchmarks.map((b) => b.name), baseline),
  };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
