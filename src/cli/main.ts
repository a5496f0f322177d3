#!/usr/bin/env node
// The speedlab command line: commander wiring only. Each command calls into the
// library (front end, session, bench harness, profiler) and sets the exit code.

import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { renderLanguageReference } from '../language-reference.js';
import { DEFAULT_LIMITS } from '../runtime/limits.js';
import { TIERS, defaultTier, tierNames } from '../tiers.js';
import { COMMAND_MODULES } from './commands.js';
import { ExitCode } from './exit-codes.js';
import { checkProgram } from './run-program.js';
import { runInWorker } from './run-in-worker.js';

const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

function integer(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative integer`);
    return n;
  };
}

export function tierOption(): Option {
  return new Option('--tier <name>', `execution tier (${TIERS.map((t) => `${t.name}: ${t.summary}`).join('; ')})`)
    .choices(tierNames())
    .default(defaultTier());
}

const program = new Command();
program
  .name('speedlab')
  .description('Run one small JavaScript subset on several execution strategies and compare them.')
  .version(packageJson.version)
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) })
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : ExitCode.CheckFailed);
  });

program
  .command('run')
  .description('run a program (use - to read it from standard input)')
  .argument('<file>', 'program file, or - for standard input')
  .addOption(tierOption())
  .option('--max-steps <n>', 'stop after this many steps (loop iterations and calls); 0 = no limit', integer('--max-steps'), DEFAULT_LIMITS.maxSteps)
  .option('--timeout <ms>', 'stop after this many milliseconds of wall time; 0 = no limit', integer('--timeout'), DEFAULT_LIMITS.timeoutMs)
  .option('--stack-depth <n>', 'maximum call depth (deeper is a RangeError, as in Node)', integer('--stack-depth'), DEFAULT_LIMITS.maxDepth)
  .option('--max-memory <mb>', 'heap budget in MiB; 0 = no limit', integer('--max-memory'), DEFAULT_LIMITS.maxMemoryMb)
  .option('--stats', 'print the tier, wall time and counters on stderr after the run', false)
  .option('--trace', 'print every executed instruction with the stack before it (tiers with instructions)', false)
  .option('--trace-limit <n>', 'stop tracing after this many instructions', integer('--trace-limit'), 10000)
  .option('--jit-threshold <n>', 'calls or loop iterations before the JIT compiles a function or loop', integer('--jit-threshold'))
  .option('--trace-jit', 'print one line per JIT event (compile, OSR entry, deopt, recompile, give-up)', false)
  .option('--deopt-stress', 'JIT test mode: make guards fail on purpose at a fixed rate so every deopt path runs', false)
  .addOption(new Option('--jit-compile <mode>', 'where the JIT compiles: in a background thread while the VM goes on, or in the program\'s thread when a function gets hot (deterministic: the trace and stats do not depend on timing)').choices(['background', 'sync']).default('background'))
  .addHelpText('after', '\nExit codes: 0 success, 1 uncaught error in the program, 2 syntax or unsupported construct (nothing ran), 3 a limit was hit.')
  .action(async (file: string, opts) => {
    const code = await runInWorker({
      file,
      tier: opts.tier,
      stats: opts.stats,
      trace: opts.trace,
      traceLimit: opts.traceLimit,
      jitThreshold: opts.jitThreshold,
      traceJit: opts.traceJit,
      deoptStress: opts.deoptStress,
      jitCompile: opts.jitCompile,
      limits: { maxSteps: opts.maxSteps, timeoutMs: opts.timeout, maxDepth: opts.stackDepth, maxMemoryMb: opts.maxMemory },
    });
    // the worker has flushed its output synchronously; exiting now skips tearing down its large stack and heap
    process.exit(code);
  });

program
  .command('check')
  .description('parse and check a program without running it')
  .argument('<file>', 'program file, or - for standard input')
  .action((file: string) => {
    process.exitCode = checkProgram(file);
  });

program
  .command('tiers')
  .description('list the execution tiers')
  .action(() => {
    for (const t of TIERS) process.stdout.write(`${t.name.padEnd(6)} ${t.summary}${t.name === defaultTier() ? ' (default)' : ''}\n`);
  });

program
  .command('language')
  .description('print the language reference (the source of docs/language.md)')
  .action(() => {
    process.stdout.write(renderLanguageReference());
  });

for (const register of COMMAND_MODULES) register(program);

await program.parseAsync(process.argv);
