// The one interface through which the profiler observes any tier. A tier with a
// probe installed (realm.probe !== null) reports every language call's entry and
// exit, and unwinding by exceptions; the realm reports allocations. With no probe
// the cost is one null check per call.

import type { JSFunction } from './values.js';

export type AllocationKind = 'object' | 'array' | 'function' | 'string' | 'other';

/** Where a call runs, for tiers that mix strategies (the JIT runs some calls in WebAssembly). */
export type ExecutionMode = 'ast' | 'vm' | 'wasm' | 'native';

export interface Probe {
  /** A call of `fn` begins; `depth` is the realm's call depth after entering. */
  enter(fn: JSFunction, mode: ExecutionMode): void;
  /** The innermost call returned normally. */
  exit(): void;
  /** An exception was caught at call depth `depth`: calls deeper than that ended. */
  unwind(depth: number): void;
  /** An allocation of the given kind and estimated size. */
  allocate(kind: AllocationKind, bytes: number): void;
}
