// Entry point of the child process that hosts one cell (started by
// cell-process.ts with the column's node flags). It receives the request over
// IPC and answers with the outcome. Columns that recurse on the host stack run
// in a worker thread with a large stack (a `node --stack-size` beyond the OS
// thread's real stack would crash instead of throwing); the others run on the
// main thread, which for the `node` column is the point: V8's main context.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { CellOutcome, CellReply, CellRequest } from './cell.js';
import { runCell } from './cell-run.js';

/** Host stack of the large-stack worker, in MiB. */
const WORKER_STACK_MB = 256;

function runInLargeStackWorker(request: CellRequest): Promise<CellOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: request, resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
    let outcome: CellOutcome | undefined;
    worker.on('message', (m: CellOutcome) => (outcome = m));
    worker.on('error', (e: Error) => (outcome = { status: 'failed', failure: 'crash', message: `worker thread died: ${e.stack ?? e.message}` }));
    worker.on('exit', (code) => resolve(outcome ?? { status: 'failed', failure: 'crash', message: `worker thread exited with code ${code} without a result` }));
  });
}

async function hostCell(request: CellRequest): Promise<CellOutcome> {
  return request.column.largeStack ? runInLargeStackWorker(request) : runCell(request);
}

if (isMainThread) {
  if (process.send) {
    process.once('message', (request: CellRequest) => {
      void hostCell(request).then((outcome) => {
        const cpu = process.cpuUsage();
        const reply: CellReply = { outcome, cpuMs: (cpu.user + cpu.system) / 1000 };
        process.send!(reply, () => process.exit(0));
      });
    });
  }
} else if (parentPort) {
  parentPort.postMessage(await runCell(workerData as CellRequest));
}
