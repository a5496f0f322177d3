// Profiling one program on one tier: plain runs before and after (no probe:
// the reference for the overhead figure), and the profiled run in between with
// a recorder installed as the realm's probe. Short programs are run several
// times each way (see SHORT_RUN_MS) so host JIT warm-up does not pass for overhead. Each run gets a fresh compile and
// session, so no tier state carries over from one run to the next. Program
// errors and limits end a run early; the profile covers what ran.

import { compileProgram } from '../front/compile.js';
import { LimitExceeded, type LimitSettings } from '../runtime/limits.js';
import type { ExecutionMode } from '../runtime/probe.js';
import { ProgramError, Session } from '../session.js';
import type { TierOptions } from '../tiers.js';
import { calibrateProbeCost } from './calibration.js';
import type { Outcome, Profile } from './model.js';
import { ProfileRecorder } from './recorder.js';
import { snapshotProfile } from './snapshot.js';

export interface ProfileRequest {
  /** The file name reports show. */
  file: string;
  source: string;
  tier: string;
  limits?: Partial<LimitSettings>;
  tierOptions?: TierOptions;
  /** Record line events (--lines). */
  lines?: boolean;
  /** Record the live heap series (--memory). */
  memory?: boolean;
  /** Count instructions in one more (silent) run and report the tier's counters from it (--opcodes). */
  opcodes?: boolean;
  /** Run the program without the probe too, to measure the overhead (default true). */
  measureOverhead?: boolean;
  /** The profiled run's console output (plain runs are silent). */
  write?: (text: string) => void;
  writeError?: (text: string) => void;
}

/** The mode a tier runs the top level in: its own name for single-mode tiers, else the VM. */
export function topLevelMode(tier: string): ExecutionMode {
  return tier === 'ast' || tier === 'vm' ? tier : 'vm';
}

const silent = (): void => {};

/**
 * A program faster than this is run again until the budget is spent, plain and
 * profiled, keeping the fastest of each: one run of a short program is mostly
 * host JIT warm-up and GC noise. Counts are the same in every run; the report
 * shows the fastest profiled run.
 */
const SHORT_RUN_MS = 50;
const REPEAT_BUDGET_MS = 150;
const MAX_REPEATS = 20;

export function profileProgram(request: ProfileRequest): Profile {
  compileProgram(request.source, request.file); // syntax and subset errors before any run
  const measure = request.measureOverhead ?? true;
  const plain: number[] = [];
  const short = measure && plain.push(plainRun(request)) > 0 && plain[0] < SHORT_RUN_MS;
  if (short) repeatWithin(plain[0], () => plain.push(plainRun(request)) && plain[plain.length - 1]);
  let run = profiledRun(request);
  if (short) {
    const quiet = { ...request, write: silent, writeError: silent };
    repeatWithin(run.wallMs, () => {
      const again = profiledRun(quiet);
      if (again.wallMs < run.wallMs) run = again;
      return again.wallMs;
    });
  }
  if (measure) plain.push(plainRun(request));
  return snapshotProfile(run.recorder, {
    tier: request.tier,
    source: request.source,
    overhead: { profiledMs: run.wallMs, plainMs: measure ? Math.min(...plain) : null, calls: run.recorder.calls, perCallNs: calibrateProbeCost() },
    tierStats: request.opcodes ? countingRun(request) : run.tierStats,
    outcome: run.outcome,
    linesRequested: request.lines ?? false,
  });
}

/** Calls `again` (which returns the milliseconds it took) until the repeat budget is spent. */
function repeatWithin(spentAlready: number, again: () => number): void {
  let spent = spentAlready;
  for (let i = 0; spent < REPEAT_BUDGET_MS && i < MAX_REPEATS; i++) spent += again();
}

interface ProfiledRun {
  recorder: ProfileRecorder;
  wallMs: number;
  outcome: Outcome;
  tierStats: Record<string, number | string>;
}

function profiledRun(request: ProfileRequest): ProfiledRun {
  const program = compileProgram(request.source, request.file);
  const write = request.write ?? silent;
  const session = new Session(program, {
    ...request.tierOptions,
    tier: request.tier,
    limits: request.limits,
    write,
    writeError: request.writeError ?? write,
    writeDiagnostic: request.writeError ?? silent,
  });
  const recorder = new ProfileRecorder(session.realm, {
    file: request.file,
    script: program.script,
    rootMode: topLevelMode(request.tier),
    lines: request.lines,
    memory: request.memory,
  });
  session.realm.probe = recorder;
  const started = performance.now();
  recorder.start();
  const outcome = runGuarded(session);
  recorder.finish();
  const wallMs = performance.now() - started;
  session.realm.probe = null;
  return { recorder, wallMs, outcome, tierStats: session.stats() };
}

/**
 * The tier's counters from a run that counts instructions: the VM counts opcodes
 * only when asked (`stats`, as `speedlab run --stats` asks), which would slow the
 * profiled run, so the counts come from a run of their own.
 */
function countingRun(request: ProfileRequest): Record<string, number | string> {
  const tierOptions = { ...request.tierOptions, stats: true } as TierOptions;
  const session = new Session(compileProgram(request.source, request.file), {
    ...tierOptions,
    tier: request.tier,
    limits: request.limits,
    write: silent,
    writeError: silent,
    writeDiagnostic: silent,
  });
  runGuarded(session);
  return session.stats();
}

/** Wall time of the top level with no probe, output discarded. */
function plainRun(request: ProfileRequest): number {
  const session = new Session(compileProgram(request.source, request.file), {
    ...request.tierOptions,
    tier: request.tier,
    limits: request.limits,
    write: silent,
    writeError: silent,
    writeDiagnostic: silent,
  });
  const started = performance.now();
  runGuarded(session);
  return performance.now() - started;
}

function runGuarded(session: Session): Outcome {
  try {
    session.runTopLevel();
    return { status: 'ok' };
  } catch (e) {
    if (e instanceof ProgramError) return { status: 'uncaught', message: e.report };
    if (e instanceof LimitExceeded) return { status: 'limit', message: e.message };
    throw e;
  }
}
