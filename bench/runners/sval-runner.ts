// Runs a benchmark program on sval (the optional peer `sval`: a tree-walking
// JavaScript interpreter written in JavaScript). The program runs once in a
// sandboxed sval scope that exports its entry points; iterations call them.
// sval recurses on the host stack, so this runs in a large-stack worker.

import { ProgramFailure, type LoadedProgram } from './loaded-program.js';

interface SvalInstance {
  exports: Record<string, unknown>;
  run(code: string): void;
}
type SvalConstructor = new (options: { ecmaVer: 'latest'; sourceType: 'script'; sandBox: boolean }) => SvalInstance;

type Entry = (...args: unknown[]) => unknown;

export const SVAL_PACKAGE = 'sval';

export async function loadOnSval(source: string, file: string): Promise<LoadedProgram> {
  const specifier: string = SVAL_PACKAGE;
  const Sval = ((await import(specifier)) as { default: SvalConstructor }).default;
  const interpreter = new Sval({ ecmaVer: 'latest', sourceType: 'script', sandBox: true });
  try {
    interpreter.run(`${source.replace(/^#!.*/, '')}\n;exports.benchmark = benchmark; exports.verify = verify;`);
  } catch (e) {
    throw new ProgramFailure(`${file}: ${describe(e)}`);
  }
  const benchmark = interpreter.exports.benchmark as Entry;
  const verify = interpreter.exports.verify as Entry;
  return {
    run: (size) => guard(() => benchmark(size)),
    verify: (result, size) => guard(() => verify(result, size)) === true,
    release: () => {},
    counters: () => ({}),
  };
}

function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw new ProgramFailure(`Uncaught ${describe(e)}`);
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
}
