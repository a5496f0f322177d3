// Runs a benchmark program natively in V8: the source becomes the body of a
// `new Function` in this process's main context, the way `node file.js` wraps
// a script in a function. Not a `vm` module context: built-in lookups through
// a separate context are up to 12x slower in V8, which would flatter every
// other column. `console` is shadowed by a silent one so output costs nothing.
// The same runner serves `node --jitless`; only the child's flags differ.

import { ProgramFailure, type LoadedProgram } from './loaded-program.js';

type Entry = (...args: unknown[]) => unknown;

const silentConsole = new Proxy({}, { get: () => () => {} });

export function loadOnNode(source: string, file: string): LoadedProgram {
  const body = `${source.replace(/^#!.*/, '')}\n;return { benchmark: typeof benchmark === 'function' ? benchmark : undefined, verify: typeof verify === 'function' ? verify : undefined };`;
  let entries: { benchmark?: Entry; verify?: Entry };
  try {
    entries = new Function('console', body)(silentConsole) as typeof entries;
  } catch (e) {
    throw new ProgramFailure(`${file}: ${describe(e)}`);
  }
  const { benchmark, verify } = entries;
  if (!benchmark || !verify) throw new ProgramFailure(`${file}: benchmark and verify must be functions`);
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
