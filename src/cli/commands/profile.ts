// `speedlab profile`: commander wiring for the profiler (src/profile/).

import { type Command, InvalidArgumentError, Option } from 'commander';
import { OUTPUT_FORMATS } from '../../profile/export/formats.js';
import { DEFAULT_COMPARE_RUNS, runProfileCommand } from '../../profile/profile-command.js';
import { SORT_KEY_NAMES, type SortKey } from '../../profile/table.js';
import { DEFAULT_LIMITS } from '../../runtime/limits.js';
import { TIERS, defaultTier, tierNames } from '../../tiers.js';

function count(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative integer`);
    return n;
  };
}

export function register(program: Command): void {
  program
    .command('profile')
    .description('profile a program: time per function (cProfile table), call graph, flame graph, per tier')
    .argument('<file>', 'program file, or - for standard input')
    .addOption(new Option('--tier <name>', `execution tier (${TIERS.map((t) => t.name).join(', ')})`).choices(tierNames()).default(defaultTier()))
    .addOption(new Option('--sort <key>', 'table order').choices(SORT_KEY_NAMES).default('cumulative'))
    .option('--limit <n>', 'show only the first N rows', count('--limit'))
    .addOption(new Option('--format <name>', "output format (default: from the -o file's extension, else table; docs/profiling.md says what opens each)").choices(OUTPUT_FORMATS.map((f) => f.name)))
    .option('-o, --output <file>', 'write the profile to a file instead of standard output')
    .option('--compare-tiers', 'profile on every tier: one table of time per function per tier, with the speedup against ast', false)
    .option('--repeat <n>', `with --compare-tiers: profile each tier N times and compare each function's fastest self time (default ${DEFAULT_COMPARE_RUNS})`, count('--repeat'))
    .option('--opcodes', "VM opcode histogram and inline-cache hit rates (from the tier's counters)", false)
    .option('--lines', 'per source line: executions and time', false)
    .option('--memory', 'allocations per function and the live heap over time', false)
    .option('--callers', 'list each function’s callers (pstats print_callers)', false)
    .option('--callees', 'list each function’s callees (pstats print_callees)', false)
    .option('--no-overhead', 'skip the plain (unprofiled) runs that measure the profiler overhead')
    .option('--max-steps <n>', 'stop after this many steps; 0 = no limit', count('--max-steps'), DEFAULT_LIMITS.maxSteps)
    .option('--timeout <ms>', 'stop a run after this many milliseconds; 0 = no limit', count('--timeout'), DEFAULT_LIMITS.timeoutMs)
    .option('--stack-depth <n>', 'maximum call depth', count('--stack-depth'), DEFAULT_LIMITS.maxDepth)
    .addHelpText('after', '\nExit codes as for `speedlab run`; the profile is written even when the program throws or hits a limit.')
    .action(async (file: string, opts) => {
      process.exitCode = await runProfileCommand({
        file,
        tier: opts.tier,
        sort: opts.sort as SortKey,
        limit: opts.limit,
        format: opts.format,
        output: opts.output,
        compareTiers: opts.compareTiers,
        repeat: opts.repeat,
        opcodes: opts.opcodes,
        lines: opts.lines,
        memory: opts.memory,
        callers: opts.callers,
        callees: opts.callees,
        measureOverhead: opts.overhead,
        limits: { maxSteps: opts.maxSteps, timeoutMs: opts.timeout, maxDepth: opts.stackDepth },
      });
    });
}
