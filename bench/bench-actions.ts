// What the `speedlab bench` commands do, as functions the CLI calls: resolve
// the options (columns, plan, jobs), run the suite or one program, print the
// report and write the requested files; or compare two JSON reports. Usage
// mistakes are BenchUsageError; the CLI turns results into exit codes.

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { selectColumns } from './columns.js';
import { compareReports, DEFAULT_COMPARE_OPTIONS } from './compare.js';
import { defaultJobs, PLANS, type MeasurementPlan, type PlanName } from './plan.js';
import { renderComparison } from './report/compare-table.js';
import { renderTerminalReport } from './report/terminal.js';
import { writeOutputs, type OutputFiles } from './report/write-outputs.js';
import { validateReport, type BenchReport } from './report-schema.js';
import { runSuite } from './run-suite.js';
import { loadBenchmarkProgram, loadSuite, ProtocolError, type BenchmarkProgram } from './suite-loader.js';

export class BenchUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchUsageError';
  }
}

export interface BenchRunOptions extends OutputFiles {
  /** Comma-separated column names, 'all', or undefined for the defaults. */
  tiers?: string;
  quick?: boolean;
  jobs?: number;
  /** Overrides of the plan. */
  timeMs?: number;
  warmupMs?: number;
  minSamples?: number;
  /** Run at tinySize (a smoke test of the programs and the harness; times mean nothing). */
  tiny?: boolean;
  /** Print nothing on stdout (tests). */
  silent?: boolean;
}

export interface BenchRunResult {
  report: BenchReport;
  failedCells: number;
}

export async function benchSuite(options: BenchRunOptions & { filter?: string }): Promise<BenchRunResult> {
  let filter: RegExp | undefined;
  if (options.filter !== undefined) {
    try {
      filter = new RegExp(options.filter);
    } catch (e) {
      throw new BenchUsageError(`--filter: ${(e as Error).message}`);
    }
  }
  const benchmarks = loadSuite(filter);
  if (benchmarks.length === 0) throw new BenchUsageError(`no benchmark matches --filter ${options.filter}`);
  return runAndReport(benchmarks, options);
}

export async function benchProgram(file: string, options: BenchRunOptions): Promise<BenchRunResult> {
  let program: BenchmarkProgram;
  try {
    program = loadBenchmarkProgram(file);
  } catch (e) {
    if (e instanceof ProtocolError || (e as NodeJS.ErrnoException).code === 'ENOENT') throw new BenchUsageError((e as Error).message);
    throw e;
  }
  return runAndReport([program], options);
}

async function runAndReport(benchmarks: BenchmarkProgram[], options: BenchRunOptions): Promise<BenchRunResult> {
  const plan: PlanName = options.quick ? 'quick' : 'default';
  let selection;
  try {
    selection = selectColumns(options.tiers, plan);
  } catch (e) {
    throw new BenchUsageError(`--tiers: ${(e as Error).message}`);
  }
  for (const s of selection.skipped) process.stderr.write(`speedlab bench: skipping column ${s.column}: ${s.reason}\n`);
  if (selection.columns.length === 0) throw new BenchUsageError('no column to run');
  const planSettings: MeasurementPlan = {
    ...PLANS[plan],
    ...(options.timeMs !== undefined && { timeMs: options.timeMs }),
    ...(options.warmupMs !== undefined && { warmupTimeMs: options.warmupMs, warmupIterations: options.warmupMs > 0 ? Math.max(1, PLANS[plan].warmupIterations) : 0 }),
    ...(options.minSamples !== undefined && { minSamples: Math.max(1, options.minSamples) }),
  };
  const jobs = options.jobs ?? defaultJobs(plan, availableParallelism());
  const report = await runSuite({
    benchmarks,
    columns: selection.columns,
    skipped: selection.skipped,
    plan,
    planSettings,
    jobs,
    sizeField: options.tiny ? 'tinySize' : 'size',
  });
  if (!options.silent) process.stdout.write(renderTerminalReport(report));
  for (const path of writeOutputs(report, options)) process.stderr.write(`speedlab bench: wrote ${path}\n`);
  return { report, failedCells: report.cells.filter((c) => c.status === 'failed').length };
}

export function readReport(path: string): BenchReport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BenchUsageError(`${path}: ${(e as Error).message}`);
  }
  const errors = validateReport(parsed);
  if (errors.length > 0) throw new BenchUsageError(`${path} is not a speedlab bench --json report:\n  ${errors.slice(0, 10).join('\n  ')}`);
  return parsed as BenchReport;
}

export function benchCompare(oldPath: string, newPath: string, options: { alpha?: number; threshold?: number } = {}): string {
  const comparison = compareReports(readReport(oldPath), readReport(newPath), {
    alpha: options.alpha ?? DEFAULT_COMPARE_OPTIONS.alpha,
    threshold: options.threshold ?? DEFAULT_COMPARE_OPTIONS.threshold,
  });
  return renderComparison(comparison);
}
