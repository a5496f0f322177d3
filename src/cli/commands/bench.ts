// `speedlab bench`: commander wiring for the benchmark harness in bench/.
//   speedlab bench suite [options]          the suite in bench/suite/
//   speedlab bench <file> [options]         one program that follows the protocol (default subcommand)
//   speedlab bench compare OLD.json NEW.json
// Exit codes: 0 every cell verified, 1 some cell failed (wrong result or error),
// 2 bad usage (unknown column, bad regular expression, not a benchmark program).

import { Command, InvalidArgumentError, Option } from 'commander';
import { benchCompare, benchProgram, benchSuite, BenchUsageError, type BenchRunOptions } from '../../../bench/bench-actions.js';
import { allColumns } from '../../../bench/columns.js';
import type { PlanName } from '../../../bench/plan.js';
import { ExitCode } from '../exit-codes.js';

function nonNegativeInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative integer`);
    return n;
  };
}

function probability(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!(n > 0 && n < 1)) throw new InvalidArgumentError(`${name} must be between 0 and 1`);
    return n;
  };
}

function columnHelp(): string {
  const columns = allColumns();
  const defaults = (plan: PlanName): string => columns.filter((c) => c.defaultIn.includes(plan)).map((c) => c.name).join(',');
  return `comma-separated columns (${columns.map((c) => c.name).join(', ')}) or 'all'; default ${defaults('default')}, with --quick ${defaults('quick')}; peers that are not installed are skipped with a note`;
}

/** Options shared by `bench suite` and `bench <file>`. */
function addRunOptions(command: Command): Command {
  return command
    .option('--tiers <list>', columnHelp())
    .option('--quick', 'first iteration plus a few samples per cell, two cells at a time: the whole suite in under a minute', false)
    .option('--jobs <n>', 'cells run at the same time (default 1; 2 with --quick)', nonNegativeInteger('--jobs'))
    .option('--time <ms>', 'measurement budget per cell', nonNegativeInteger('--time'))
    .option('--warmup <ms>', 'warm-up budget per cell after the first iteration', nonNegativeInteger('--warmup'))
    .option('--min-samples <n>', 'at least this many measured iterations per cell', nonNegativeInteger('--min-samples'))
    .addOption(new Option('--tiny', 'run each program at its tinySize: checks programs and harness, times mean nothing').default(false))
    .option('--json <file>', 'write the full report (every sample, metadata) as JSON')
    .option('--md <file>', 'write the report as markdown')
    .option('--csv <file>', 'write one CSV row per benchmark and column')
    .option('--html <file>', 'write a self-contained HTML report with charts')
    .option('--svg <file>', 'write the speedup chart as SVG');
}

function runOptions(opts: Record<string, unknown>): BenchRunOptions {
  return {
    tiers: opts.tiers as string | undefined,
    quick: Boolean(opts.quick),
    jobs: opts.jobs === 0 ? undefined : (opts.jobs as number | undefined),
    timeMs: opts.time as number | undefined,
    warmupMs: opts.warmup as number | undefined,
    minSamples: opts.minSamples as number | undefined,
    tiny: Boolean(opts.tiny),
    json: opts.json as string | undefined,
    md: opts.md as string | undefined,
    csv: opts.csv as string | undefined,
    html: opts.html as string | undefined,
    svg: opts.svg as string | undefined,
  };
}

async function exitCodeOf(action: () => Promise<{ failedCells: number }> | string): Promise<number> {
  try {
    const result = await action();
    if (typeof result === 'string') {
      process.stdout.write(result);
      return ExitCode.Success;
    }
    return result.failedCells > 0 ? ExitCode.UncaughtError : ExitCode.Success;
  } catch (e) {
    if (e instanceof BenchUsageError) {
      process.stderr.write(`speedlab bench: ${e.message}\n`);
      return ExitCode.CheckFailed;
    }
    throw e;
  }
}

export function register(program: Command): void {
  // `bench <file>` is the default subcommand (named `program`), so `bench suite --quick` and
  // `bench prog.js --quick` both give their options to the subcommand that runs.
  const bench = program
    .command('bench')
    .description('benchmark programs on every tier, node and peers (see bench/README.md)')
    .addHelpText('after', '\nExit codes: 0 every cell verified, 1 a cell failed (wrong result or error), 2 bad usage.');

  addRunOptions(bench.command('suite').description('run the benchmark suite (bench/suite/*.js)'))
    .option('--filter <regexp>', 'only benchmarks whose name matches')
    .action(async (opts: Record<string, unknown>) => {
      process.exitCode = await exitCodeOf(() => benchSuite({ ...runOptions(opts), filter: opts.filter as string | undefined }));
    });

  addRunOptions(
    bench
      .command('program', { isDefault: true })
      .description('benchmark one program that follows the protocol (also: speedlab bench <file>)')
      .argument('<file>', 'the program (see bench/suite/README.md for the protocol)'),
  ).action(async (file: string, opts: Record<string, unknown>) => {
    process.exitCode = await exitCodeOf(() => benchProgram(file, runOptions(opts)));
  });

  bench
    .command('compare')
    .description('compare two --json reports: per cell and geometric mean, with a significance verdict')
    .argument('<old>', 'the earlier report')
    .argument('<new>', 'the later report')
    .option('--alpha <p>', "significance level of Welch's t-test", probability('--alpha'))
    .option('--threshold <fraction>', 'smallest relative change that counts (0.03 = 3%)', probability('--threshold'))
    .action(async (oldPath: string, newPath: string, opts: { alpha?: number; threshold?: number }) => {
      process.exitCode = await exitCodeOf(() => benchCompare(oldPath, newPath, opts));
    });
}
