// Runs a program in this process on one tier and captures what `speedlab run`
// would print, for tests that need to inspect the host afterwards.

import { compileProgram } from '../../src/front/compile.js';
import { CheckError } from '../../src/front/diagnostics.js';
import { LimitExceeded, type LimitSettings } from '../../src/runtime/limits.js';
import { ProgramError, Session } from '../../src/session.js';

export interface InProcessResult {
  stdout: string;
  /** `Name: message` of an uncaught error, the check error's reason, or the limit message. */
  error: string | null;
  kind: 'ok' | 'uncaught' | 'check' | 'limit';
}

export function runInProcess(source: string, tier: string, limits: Partial<LimitSettings> = {}): InProcessResult {
  let stdout = '';
  try {
    const session = new Session(compileProgram(source, 'test.js'), { tier, limits, write: (t) => (stdout += t), writeError: () => {} });
    session.runTopLevel();
    return { stdout, error: null, kind: 'ok' };
  } catch (e) {
    if (e instanceof ProgramError) return { stdout, error: e.headline, kind: 'uncaught' };
    if (e instanceof CheckError) return { stdout, error: e.reason, kind: 'check' };
    if (e instanceof LimitExceeded) return { stdout, error: e.message, kind: 'limit' };
    throw e;
  }
}
