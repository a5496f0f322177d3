// Runs one cell in a fresh child process and waits for its outcome. A fresh
// process per (benchmark, column) means V8 compiles each column's code with
// feedback from that column alone: a tier's interpreter loop, warmed up and
// optimised for one program, cannot carry its type feedback or deoptimisation
// history into the next measurement. A child that dies, or runs past the
// plan's timeout, is a failed cell.

import { fork } from 'node:child_process';
import type { CellOutcome, CellReply, CellRequest } from './cell.js';
import { cellChildScript } from './repo-paths.js';

/** How much of a dying child's stderr is kept for the report. */
const STDERR_TAIL_CHARS = 2000;

export interface CellRun {
  outcome: CellOutcome;
  /** Wall time of the whole child process, start to exit. */
  wallMs: number;
  /** CPU time the child used (0 when it died before reporting). */
  cpuMs: number;
}

export function runCellInChildProcess(request: CellRequest): Promise<CellRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = fork(cellChildScript(), [], {
      execArgv: request.column.nodeFlags,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL_CHARS);
    });
    let outcome: CellOutcome | undefined;
    let cpuMs = 0;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, request.plan.cellTimeoutMs);
    child.on('message', (reply: CellReply) => {
      outcome = reply.outcome;
      cpuMs = reply.cpuMs;
    });
    child.on('error', (e) => {
      outcome ??= { status: 'failed', failure: 'crash', message: `could not start the child process: ${e.message}` };
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (timedOut) {
        resolve({ wallMs, cpuMs, outcome: { status: 'failed', failure: 'timeout', message: `no result after ${request.plan.cellTimeoutMs} ms; the child process was killed` } });
      } else if (outcome) {
        resolve({ wallMs, cpuMs, outcome });
      } else {
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        resolve({ wallMs, cpuMs, outcome: { status: 'failed', failure: 'crash', message: `the child process ${how} without a result${stderr ? `:\n${stderr.trim()}` : ''}` } });
      }
    });
    child.send(request);
  });
}
