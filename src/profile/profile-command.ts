// `speedlab profile` as a function: read the program, profile it in a worker on
// one tier (or every tier with --compare-tiers), render the chosen format and
// write it to standard output or a file; return the exit code `speedlab run`
// would (the profile is still written when the program throws or hits a limit).

import { readFileSync, writeFileSync } from 'node:fs';
import { ExitCode } from '../cli/exit-codes.js';
import { tierNames } from '../tiers.js';
import type { LimitSettings } from '../runtime/limits.js';
import { findFormat, OUTPUT_FORMATS } from './export/formats.js';
import type { ReportOptions } from './text-report.js';
import { profileInWorker } from './worker.js';

export interface ProfileCommandRequest extends ReportOptions {
  file: string;
  tier: string;
  /** Output format; inferred from the output file's extension when absent. */
  format?: string;
  output?: string;
  compareTiers: boolean;
  /** With --compare-tiers: profiles per tier (the table takes the fastest self time per function). */
  repeat?: number;
  measureOverhead: boolean;
  limits: Partial<LimitSettings>;
}

/** Runs per tier for --compare-tiers unless --repeat says otherwise. */
export const DEFAULT_COMPARE_RUNS = 3;

/** The format named by an output file's extension (`x.cpuprofile` → cpuprofile), if any. */
export function formatForFile(path: string): string | undefined {
  const match = [...OUTPUT_FORMATS].sort((a, b) => b.extension.length - a.extension.length).find((f) => path.endsWith(`.${f.extension}`));
  return match?.name;
}

export async function runProfileCommand(request: ProfileCommandRequest): Promise<number> {
  const formatName = request.format ?? (request.output ? formatForFile(request.output) : undefined) ?? 'table';
  const format = findFormat(formatName);
  if (!format) return usage(`unknown format '${formatName}' (formats: ${OUTPUT_FORMATS.map((f) => f.name).join(', ')})`);
  const tiers = request.compareTiers ? tierNames() : [request.tier];
  if (request.compareTiers && !format.multiTier) {
    return usage(`--compare-tiers writes ${OUTPUT_FORMATS.filter((f) => f.multiTier).map((f) => f.name).join(', ')}; '${format.name}' holds one tier (use --tier)`);
  }
  let source: string;
  try {
    source = readFileSync(request.file === '-' ? 0 : request.file, 'utf8');
  } catch (e) {
    return usage(`cannot read ${request.file}: ${(e as Error).message}`);
  }
  const toStdout = request.output === undefined;
  const result = await profileInWorker({
    file: request.file === '-' ? '<stdin>' : request.file,
    source,
    tiers,
    limits: request.limits,
    lines: request.lines ?? false,
    memory: request.memory ?? false,
    opcodes: request.opcodes ?? false,
    measureOverhead: request.measureOverhead,
    repeat: request.compareTiers ? request.repeat ?? DEFAULT_COMPARE_RUNS : 1,
    outputFd: toStdout && format.binaryLike ? 2 : 1,
  });
  if (!result.ok) {
    process.stderr.write(result.kind === 'check' ? `${result.message}\n` : `speedlab: ${result.kind === 'internal' ? 'internal error: ' : ''}${result.message}\n`);
    return result.kind === 'check' || result.kind === 'usage' ? ExitCode.CheckFailed : result.kind === 'memory' ? ExitCode.LimitExceeded : 70;
  }
  const perTier = result.profiles.length / tiers.length;
  const runsByTier = tiers.map((_, t) => result.profiles.slice(t * perTier, (t + 1) * perTier));
  // One profile per tier for the formats: the fastest run (the first run carries the --opcodes counts).
  const profiles = runsByTier.map((runs) => {
    const best = runs.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
    return { ...best, tierStats: runs[0].tierStats };
  });
  const rendered = await format.render(profiles, { ...request, compare: request.compareTiers, runsByTier });
  if (toStdout) process.stdout.write(rendered);
  else {
    writeFileSync(request.output!, rendered);
    process.stderr.write(`speedlab: wrote ${format.name} profile to ${request.output} (open with ${format.openWith})\n`);
  }
  const first = runsByTier[0][0];
  if (first.outcome.status === 'uncaught') {
    process.stderr.write(first.outcome.message + '\n');
    return ExitCode.UncaughtError;
  }
  if (first.outcome.status === 'limit') {
    process.stderr.write(`speedlab: ${first.outcome.message}\n`);
    return ExitCode.LimitExceeded;
  }
  return ExitCode.Success;
}

function usage(message: string): number {
  process.stderr.write(`speedlab: ${message}\n`);
  return ExitCode.CheckFailed;
}
