// Runs a benchmark program on a speedlab tier through the Session API: the
// program is compiled once, its top level runs once, and every iteration is a
// Session.call of its `benchmark` function. No step, time or memory budget is
// set (the budget checks would be measured too); the child process's timeout
// stops a runaway program instead.

import { CheckError } from '../../src/front/diagnostics.js';
import { compileProgram } from '../../src/front/compile.js';
import { LimitExceeded } from '../../src/runtime/limits.js';
import { ProgramError, Session } from '../../src/session.js';
import { ProgramFailure, type LoadedProgram } from './loaded-program.js';

const BENCH_LIMITS = { maxSteps: 0, timeoutMs: 0, maxMemoryMb: 0 };

export function loadOnTier(tier: string, source: string, file: string): LoadedProgram {
  const discard = (): void => {};
  const session = translateFailures(() => {
    const s = new Session(compileProgram(source, file), { tier, limits: BENCH_LIMITS, write: discard, writeError: discard });
    s.runTopLevel();
    return s;
  });
  const benchmark = session.global('benchmark');
  const verify = session.global('verify');
  return {
    run: (size) => translateFailures(() => session.call(benchmark, [size])),
    verify: (result, size) => translateFailures(() => session.call(verify, [result, size])) === true,
    release: () => {},
    counters: () => session.stats(),
  };
}

function translateFailures<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof ProgramError) throw new ProgramFailure(e.report);
    if (e instanceof CheckError) throw new ProgramFailure(e.format());
    if (e instanceof LimitExceeded) throw new ProgramFailure(e.message);
    throw e;
  }
}
