// Limits a runaway program meets: call depth (a catchable RangeError, as in
// Node), and optional budgets of steps, wall time and heap memory that stop the
// program with a clear message and exit code 3. Tiers charge steps in batches:
// they count `realm.fuel` down (one per loop iteration and call) and call
// `realm.refuel()` when it runs out, so the budgets cost one decrement per step.

import { getHeapStatistics } from 'node:v8';

export type LimitName = 'steps' | 'time' | 'memory';

export interface LimitSettings {
  /** Maximum depth of language calls; deeper is `RangeError: Maximum call stack size exceeded`. */
  maxDepth: number;
  /** Maximum steps (loop iterations + calls); 0 = unlimited. */
  maxSteps: number;
  /** Wall-time budget in milliseconds; 0 = unlimited. */
  timeoutMs: number;
  /** Heap budget in MiB for the whole process; 0 = unlimited. */
  maxMemoryMb: number;
}

/** Node's own limit for simple recursion is about 10,800 frames; ours is in the same range. */
export const DEFAULT_LIMITS: LimitSettings = { maxDepth: 10000, maxSteps: 0, timeoutMs: 0, maxMemoryMb: 4096 };

/** Steps between two budget checks: rare enough to be free, frequent enough to stop within milliseconds. */
export const CHECK_INTERVAL = 10_000;

export class Limits {
  readonly settings: LimitSettings;
  readonly checkInterval = CHECK_INTERVAL;
  steps = 0;
  private readonly startedAt = performance.now();

  constructor(settings: Partial<LimitSettings> = {}) {
    this.settings = { ...DEFAULT_LIMITS, ...settings };
  }

  /** Adds `steps` to the count and checks every budget. */
  charge(steps: number): void {
    this.steps += steps;
    const { maxSteps, timeoutMs, maxMemoryMb } = this.settings;
    if (maxSteps > 0 && this.steps > maxSteps) throw new LimitExceeded('steps', this);
    if (timeoutMs > 0 && performance.now() - this.startedAt > timeoutMs) throw new LimitExceeded('time', this);
    if (maxMemoryMb > 0 && getHeapStatistics().used_heap_size > maxMemoryMb * 1024 * 1024) throw new LimitExceeded('memory', this);
  }

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }
}

/** Thrown through the tiers when a budget runs out; programs cannot catch it. */
export class LimitExceeded extends Error {
  constructor(
    readonly limit: LimitName,
    limits: Limits,
  ) {
    super(describeLimit(limit, limits));
    this.name = 'LimitExceeded';
  }
}

function describeLimit(limit: LimitName, limits: Limits): string {
  const s = limits.settings;
  switch (limit) {
    case 'steps':
      return `step limit exceeded: the program ran more than ${s.maxSteps} steps (raise it with --max-steps)`;
    case 'time':
      return `time limit exceeded: the program ran longer than ${s.timeoutMs} ms (raise it with --timeout)`;
    case 'memory':
      return `memory limit exceeded: the heap grew past ${s.maxMemoryMb} MiB (raise it with --max-memory)`;
  }
}
