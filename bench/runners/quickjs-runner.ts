// Runs a benchmark program on QuickJS's bytecode VM (the optional peer
// `quickjs-emscripten`: QuickJS compiled to WebAssembly). The program is
// evaluated once as a global script; iterations call its `benchmark` function
// through a handle. The package is imported by name at run time and typed
// here by the few calls used, so speedlab builds without it.

import { ProgramFailure, type LoadedProgram } from './loaded-program.js';

interface Handle {
  dispose(): void;
}
interface CallResult {
  value?: Handle;
  error?: Handle;
}
interface QuickJSContext {
  readonly global: Handle;
  readonly undefined: Handle;
  evalCode(code: string, filename?: string): CallResult;
  callFunction(fn: Handle, thisArg: Handle, ...args: Handle[]): CallResult;
  getProp(obj: Handle, key: string): Handle;
  newNumber(n: number): Handle;
  dump(h: Handle): unknown;
}
interface QuickJSRuntime {
  setMemoryLimit(bytes: number): void;
  newContext(): QuickJSContext;
}
interface QuickJSModule {
  getQuickJS(): Promise<{ newRuntime(): QuickJSRuntime }>;
}

export const QUICKJS_PACKAGE = 'quickjs-emscripten';

export async function loadOnQuickJS(source: string, file: string): Promise<LoadedProgram> {
  const specifier: string = QUICKJS_PACKAGE;
  const quickjs = (await import(specifier)) as QuickJSModule;
  const runtime = (await quickjs.getQuickJS()).newRuntime();
  runtime.setMemoryLimit(-1);
  const context = runtime.newContext();
  const unwrap = (result: CallResult, what: string): Handle => {
    if (result.error) {
      const thrown = context.dump(result.error) as { name?: string; message?: string; stack?: string } | unknown;
      result.error.dispose();
      throw new ProgramFailure(`${what}: Uncaught ${describeThrown(thrown)}`);
    }
    return result.value as Handle;
  };
  unwrap(context.evalCode(source.replace(/^#!.*/, ''), file), file).dispose();
  const benchmark = context.getProp(context.global, 'benchmark');
  const verify = context.getProp(context.global, 'verify');
  const sizes = new Map<number, Handle>();
  const sizeHandle = (size: number): Handle => {
    let h = sizes.get(size);
    if (!h) sizes.set(size, (h = context.newNumber(size)));
    return h;
  };
  return {
    run: (size) => unwrap(context.callFunction(benchmark, context.undefined, sizeHandle(size)), 'benchmark'),
    verify: (result, size) => {
      const verdict = unwrap(context.callFunction(verify, context.undefined, result as Handle, sizeHandle(size)), 'verify');
      const ok = context.dump(verdict) === true;
      verdict.dispose();
      (result as Handle).dispose();
      return ok;
    },
    release: (result) => (result as Handle).dispose(),
    counters: () => ({}),
  };
}

function describeThrown(thrown: unknown): string {
  if (thrown && typeof thrown === 'object') {
    const e = thrown as { name?: string; message?: string; stack?: string };
    return `${e.name ?? 'Error'}: ${e.message ?? ''}${e.stack ? '\n' + e.stack : ''}`;
  }
  return String(thrown);
}
