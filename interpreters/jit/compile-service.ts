// Background compilation, main-thread side: one compiler thread per process
// (compile-worker.ts), started by the jit tier's prepare(). The JIT posts a
// request and goes on running the function in the VM; it collects finished
// modules with `receiveMessageOnPort` (no waiting, no event loop needed: the
// program runs synchronously) whenever it is consulted while requests are
// outstanding, and installs them then — so a program never waits for
// binaryen, as V8 never waits for its optimising compiler.

import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { CompileRequest, CompileResult } from './compile-worker.js';

let port: MessagePort | null = null;
let ready = false;
/** Why the compiler thread stopped, if it did. */
let failure: string | null = null;
/** Results taken off the port while waiting for 'ready', not yet handed out. */
const early: CompileResult[] = [];
let nextJit = 0;

/**
 * Starts the compiler thread (once per process). Does not wait for it:
 * requests queue on the port until the thread has loaded binaryen.
 */
export function startCompileService(): void {
  if (port !== null) return;
  const worker = new Worker(new URL('./compile-worker.js', import.meta.url));
  // if the compiler thread dies, outstanding compiles never finish: the program goes on in the VM
  worker.on('error', (e: Error) => {
    failure = e.message;
  });
  const channel = new MessageChannel();
  worker.postMessage({ port: channel.port2 }, [channel.port2]);
  port = channel.port1;
  // neither the thread nor its port keeps the process alive
  port.unref();
  worker.unref();
}

/** A number that tells this Jit's results from those of Jits that ran before it in the process. */
export function newJitId(): number {
  return nextJit++;
}

export function requestCompile(request: CompileRequest): void {
  port!.postMessage(request);
}

/** Results that arrived since the last call, without waiting. */
export function finishedCompiles(): CompileResult[] {
  const out = early.splice(0);
  if (port === null) return out;
  for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
    if (m.message === 'ready') ready = true;
    else out.push(m.message as CompileResult);
  }
  return out;
}

/**
 * Resolves once the compiler thread has loaded binaryen (for runners that
 * count the tier's start-up apart from the program: the bench harness).
 */
export async function compilerReady(): Promise<void> {
  startCompileService();
  while (!ready) {
    if (failure !== null) throw new Error(`jit: the compiler thread stopped: ${failure}`);
    early.push(...finishedCompiles());
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
