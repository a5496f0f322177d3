// The background compiler's thread: loads (and warms up) binaryen, then turns
// each request's CodegenInput into a validated module (codegen.ts) and posts
// the binary back. It never sees the program's values: the main thread
// analyses the function (types, webs, call targets) and sends plain data;
// the module is instantiated on the main thread (compile-service.ts).

import { parentPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { Ineligible } from './analysis.js';
import { type CodegenInput, generate } from './codegen.js';
import { loadBinaryen } from './module.js';

export interface CompileRequest {
  /** Which Jit asked (several run one after another in a test process). */
  jit: number;
  unit: number;
  input: CodegenInput;
  optimize: boolean;
}

export type CompileResult =
  | { jit: number; unit: number; ok: true; binary: Uint8Array; guards: CodegenOutputGuards; ms: number }
  | { jit: number; unit: number; ok: false; ineligible: boolean; pc: number; reason: string; ms: number };

type CodegenOutputGuards = ReturnType<typeof generate>['guards'];

if (parentPort !== null) {
  parentPort.once('message', async (message: { port: MessagePort }) => {
    const port = message.port;
    await loadBinaryen();
    port.on('message', (request: CompileRequest) => {
      const started = performance.now();
      try {
        const out = generate(request.input, request.optimize);
        const result: CompileResult = { jit: request.jit, unit: request.unit, ok: true, binary: out.binary, guards: out.guards, ms: performance.now() - started };
        port.postMessage(result, [out.binary.buffer as ArrayBuffer]);
      } catch (e) {
        const ineligible = e instanceof Ineligible;
        const reason = e instanceof Error ? (ineligible ? e.message : (e.stack ?? e.message)) : String(e);
        const result: CompileResult = { jit: request.jit, unit: request.unit, ok: false, ineligible, pc: ineligible ? (e as Ineligible).pc : -1, reason, ms: performance.now() - started };
        port.postMessage(result);
      }
    });
    port.postMessage('ready');
  });
}
