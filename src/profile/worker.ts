// Profiling runs happen in a worker thread with a large stack (as `speedlab
// run` does): the tree-walker recurses on the host stack, so a deeply recursive
// program must reach the language's own depth limit, not the host's. The worker
// profiles the program on each requested tier and sends the profiles back as
// plain data; rendering happens in the main thread.

import { findTier } from '../tiers.js';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CheckError } from '../front/diagnostics.js';
import type { LimitSettings } from '../runtime/limits.js';
import { UnknownTierError } from '../session.js';
import type { TierOptions } from '../tiers.js';
import { FdWriter } from '../cli/output.js';
import type { Profile } from './model.js';
import { profileProgram } from './profile-run.js';

/** Host stack for the worker: enough for the default depth limit on the tree-walker. */
const STACK_MB = 512;

export interface ProfileJob {
  file: string;
  source: string;
  tiers: string[];
  limits: Partial<LimitSettings>;
  tierOptions?: TierOptions;
  lines: boolean;
  memory: boolean;
  /** Count instructions in a separate run for --opcodes. */
  opcodes?: boolean;
  measureOverhead: boolean;
  /** Profile each tier this many times (--compare-tiers); the profiles come back tier by tier. */
  repeat?: number;
  /** Where the first tier's program output goes: 1 (stdout), 2 (stderr), or nowhere. */
  outputFd: 1 | 2 | null;
}

export type ProfileJobResult =
  | { ok: true; profiles: Profile[] }
  | { ok: false; kind: 'check' | 'usage' | 'memory' | 'internal'; message: string };

interface WorkerInput {
  speedlabProfileJob: ProfileJob;
}

export function profileInWorker(job: ProfileJob): Promise<ProfileJobResult> {
  const maxMemoryMb = job.limits.maxMemoryMb ?? 4096;
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { speedlabProfileJob: job } satisfies WorkerInput,
      resourceLimits: { stackSizeMb: STACK_MB, maxOldGenerationSizeMb: maxMemoryMb > 0 ? maxMemoryMb + 256 : undefined },
      stdout: false,
      stderr: false,
    });
    let result: ProfileJobResult | null = null;
    worker.on('message', (m: ProfileJobResult) => (result = m));
    worker.on('error', (e: Error & { code?: string }) => {
      result =
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { ok: false, kind: 'memory', message: `memory limit exceeded: the heap grew past ${maxMemoryMb} MiB (raise it with --max-memory)` }
          : { ok: false, kind: 'internal', message: e.stack ?? e.message };
    });
    worker.on('exit', () => resolve(result ?? { ok: false, kind: 'internal', message: 'the profiling worker stopped without a result' }));
  });
}

/** Runs a job in this thread (the worker's body; tests may call it directly). */
export function runProfileJob(job: ProfileJob): ProfileJobResult {
  const out = job.outputFd === null ? null : new FdWriter(job.outputFd);
  try {
    const repeat = Math.max(1, job.repeat ?? 1);
    const profiles = job.tiers.flatMap((tier, i) =>
      Array.from({ length: repeat }, (_, r) =>
        profileProgram({
          file: job.file,
          source: job.source,
          tier,
          limits: job.limits,
          tierOptions: job.tierOptions,
          lines: job.lines,
          memory: job.memory,
          opcodes: job.opcodes && r === 0,
          measureOverhead: job.measureOverhead,
          write: i === 0 && r === 0 && out !== null ? out.write : undefined,
        }),
      ),
    );
    return { ok: true, profiles };
  } catch (e) {
    if (e instanceof CheckError) return { ok: false, kind: 'check', message: e.format() };
    if (e instanceof UnknownTierError) return { ok: false, kind: 'usage', message: e.message };
    return { ok: false, kind: 'internal', message: (e as Error)?.stack ?? String(e) };
  } finally {
    out?.flush();
  }
}

if (!isMainThread && parentPort && (workerData as WorkerInput | null)?.speedlabProfileJob) {
  const job = (workerData as WorkerInput).speedlabProfileJob;
  // like the bench: the JIT's compiler thread is up before the profiled run starts
  for (const tier of job.tiers) await findTier(tier)?.prepare?.({ jitCompilerReady: true });
  parentPort.postMessage(runProfileJob(job));
}
