// Runs a program in a worker thread with a large stack and a heap cap: deep
// (legitimate) recursion reaches the language's depth limit instead of the
// host's stack limit, and a program that exhausts its memory budget stops
// with exit code 3 instead of taking the host process down.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { findTier } from '../tiers.js';
import { ExitCode } from './exit-codes.js';
import { internalErrorReport, runProgram, type RunRequest } from './run-program.js';

/** Host stack for the worker: enough for the default depth limit on the tree-walker. */
const STACK_MB = 512;

export function runInWorker(request: RunRequest): Promise<number> {
  const maxMemoryMb = request.limits.maxMemoryMb ?? 4096;
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: request,
      resourceLimits: { stackSizeMb: STACK_MB, maxOldGenerationSizeMb: maxMemoryMb > 0 ? maxMemoryMb + 64 : undefined },
      stdout: false,
      stderr: false,
    });
    let code: number | null = null;
    worker.on('message', (m: number) => (code = m));
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        process.stderr.write(`speedlab: memory limit exceeded: the heap grew past ${maxMemoryMb} MiB (raise it with --max-memory)\n`);
        code = ExitCode.LimitExceeded;
      } else {
        process.stderr.write(internalErrorReport(e));
        code = ExitCode.InternalError;
      }
    });
    worker.on('exit', () => resolve(code ?? ExitCode.InternalError));
  });
}

if (!isMainThread && parentPort && workerData) {
  const request = workerData as RunRequest;
  await findTier(request.tier)?.prepare?.(request);
  parentPort.postMessage(runProgram(request));
}
