// A worker that runs many corpus programs on one tier, one after another, each
// in a fresh session, through the same runProgram the CLI's `run` uses (so exit
// codes and error reports are the CLI's). Spawning the CLI per program costs a
// process start and a module load each (and for the JIT, binaryen's load);
// batching makes the conformance run several times faster. The worker has the
// CLI's large stack, so deep recursion behaves as under `speedlab run`.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runProgram, type RunRequest } from '../../src/cli/run-program.js';
import { findTier } from '../../src/tiers.js';

export interface BatchJob {
  files: string[];
  request: Omit<RunRequest, 'file'>;
}

export interface BatchResult {
  code: number;
  stdout: string;
  stderr: string;
}

class Buffered {
  text = '';
  write = (t: string): void => {
    this.text += t;
  };
  flush(): void {}
}

export function runBatch(job: BatchJob): Promise<BatchResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job, resourceLimits: { stackSizeMb: 512 } });
    let results: BatchResult[] | null = null;
    worker.on('message', (m: BatchResult[]) => (results = m));
    worker.on('error', reject);
    worker.on('exit', () => (results ? resolve(results) : reject(new Error('batch worker exited without results'))));
  });
}

if (!isMainThread && parentPort && (workerData as BatchJob | undefined)?.files) {
  const job = workerData as BatchJob;
  await findTier(job.request.tier)?.prepare?.(job.request);
  const results: BatchResult[] = [];
  for (const file of job.files) {
    const out = new Buffered();
    const err = new Buffered();
    const code = runProgram({ ...job.request, file }, out, err);
    results.push({ code, stdout: out.text, stderr: err.text });
  }
  parentPort.postMessage(results);
}
