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
let starting: Promise<void> | null = null;
let nextJit = 0;

/** Starts the compiler thread (once per process) and waits until binaryen is loaded there. */
export function startCompileService(): Promise<void> {
  if (starting !== null) return starting;
  starting = new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./compile-worker.js', import.meta.url));
    const channel = new MessageChannel();
    worker.postMessage({ port: channel.port2 }, [channel.port2]);
    worker.once('error', reject);
    channel.port1.once('message', (m) => {
      if (m !== 'ready') return reject(new Error(`jit: compiler thread said ${String(m)}`));
      port = channel.port1;
      // neither the thread nor its port keeps the process alive
      port.unref();
      worker.unref();
      resolve();
    });
  });
  return starting;
}

/** Whether background compilation is available (the service started). */
export function compileServiceReady(): boolean {
  return port !== null;
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
  const out: CompileResult[] = [];
  if (port === null) return out;
  for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) out.push(m.message as CompileResult);
  return out;
}
