// `speedlab run` and `speedlab check` as functions: compile, run on a tier with
// limits, report errors the way the README documents, return the exit code.
// The CLI calls these inside a worker thread with a large stack (see
// run-in-worker.ts) so deep recursion in a tree-walker does not hit the host's
// stack before the language's own depth limit.

import { readFileSync } from 'node:fs';
import { compileProgram } from '../front/compile.js';
import { CheckError } from '../front/diagnostics.js';
import { LimitExceeded, type LimitSettings } from '../runtime/limits.js';
import { ProgramError, Session, UnknownTierError } from '../session.js';
import type { TierOptions } from '../tiers.js';
import { ExitCode } from './exit-codes.js';
import { FdWriter } from './output.js';

export interface RunRequest extends TierOptions {
  file: string;
  /** Source text; read from `file` (or stdin for '-') when absent. */
  source?: string;
  tier: string;
  limits: Partial<LimitSettings>;
  stats: boolean;
}

/** The program file could not be read (missing, a directory, no permission). */
export class SourceReadError extends Error {}

export function readSource(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
    throw new SourceReadError(`cannot read ${displayName(file)}: ${reason}`);
  }
}

export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/** Where a run's output goes: standard output and error by default, buffers in tests. */
export interface OutputSink {
  write: (text: string) => void;
  flush(): void;
}

export function runProgram(request: RunRequest, out: OutputSink = new FdWriter(1), err: OutputSink = new FdWriter(2)): number {
  const started = performance.now();
  let session: Session | null = null;
  let code: number = ExitCode.Success;
  try {
    const program = compileProgram(request.source ?? readSource(request.file), displayName(request.file));
    session = new Session(program, { ...request, write: out.write, writeError: err.write, writeDiagnostic: err.write });
    session.runTopLevel();
  } catch (e) {
    out.flush();
    if (e instanceof CheckError) {
      err.write(e.format() + '\n');
      code = ExitCode.CheckFailed;
    } else if (e instanceof ProgramError) {
      err.write(e.report + '\n');
      code = ExitCode.UncaughtError;
    } else if (e instanceof LimitExceeded) {
      err.write(`speedlab: ${e.message}\n`);
      code = ExitCode.LimitExceeded;
    } else if (e instanceof UnknownTierError || e instanceof SourceReadError) {
      err.write(`speedlab: ${e.message}\n`);
      code = ExitCode.CheckFailed;
    } else {
      err.write(internalErrorReport(e));
      code = ExitCode.InternalError;
    }
  }
  out.flush();
  if (request.stats && session) {
    const elapsed = performance.now() - started;
    const rows: [string, string][] = [
      ['tier', request.tier],
      ['wall time', `${elapsed.toFixed(1)} ms`],
      ['steps', String(session.realm.limits.steps + (session.realm.limits.checkInterval - session.realm.fuel))],
      ...Object.entries(session.stats()).map(([k, v]) => [k, typeof v === 'number' ? v.toLocaleString('en-US') : v] as [string, string]),
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    err.write('--- speedlab stats ---\n' + rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n') + '\n');
  }
  err.flush();
  return code;
}

/** `speedlab check`: parse and check only. */
export function checkProgram(file: string): number {
  try {
    const program = compileProgram(readSource(file), displayName(file));
    process.stdout.write(`${displayName(file)}: ok (${program.functions.length - 1} functions, ${program.globals.length} globals)\n`);
    return ExitCode.Success;
  } catch (e) {
    if (e instanceof CheckError) {
      process.stderr.write(e.format() + '\n');
      return ExitCode.CheckFailed;
    }
    if (e instanceof SourceReadError) {
      process.stderr.write(`speedlab: ${e.message}\n`);
      return ExitCode.CheckFailed;
    }
    throw e;
  }
}

/** A bug in speedlab itself: one line for the user, the host stack only on request. */
export function internalErrorReport(e: unknown): string {
  const detail = process.env.SPEEDLAB_DEBUG ? `\n${(e as Error)?.stack ?? String(e)}` : ' (set SPEEDLAB_DEBUG=1 to see the stack)';
  return `speedlab: internal error: ${(e as Error)?.message ?? String(e)} — this is a bug in speedlab, not in your program${detail}\n`;
}
