// The one interface through which the profiler observes any tier. A tier with a
// probe installed (realm.probe !== null) reports every language call's entry and
// exit, and unwinding by exceptions; the realm reports allocations. With no probe
// the cost is one null check per call.
//
// The required events (enter/exit/unwind/allocate) are all a tier needs for the
// function-level profile. The optional events below add detail; a tier calls an
// optional event only when the installed probe defines it, e.g.
//   const probe = realm.probe;
//   if (probe !== null && probe.line !== undefined) probe.line(node.loc.start.line);
// so a tier that does not implement them still compiles and profiles, and a
// probe that does not want them (no --lines) costs nothing beyond the check.

import type { JSFunction } from './values.js';

export type AllocationKind = 'object' | 'array' | 'function' | 'string' | 'other';

/** Where a call runs, for tiers that mix strategies (the JIT runs some calls in WebAssembly). */
export type ExecutionMode = 'ast' | 'vm' | 'wasm' | 'native';

export interface Probe {
  /** A call of `fn` begins. Call it after incrementing `realm.depth` (the profiler reads the depth to match `unwind`). */
  enter(fn: JSFunction, mode: ExecutionMode): void;
  /** The innermost call returned normally (also after a `switchMode`: one `exit` ends the call). */
  exit(): void;
  /** An exception was caught at call depth `depth` (the `realm.depth` saved by the try): calls deeper than that ended. */
  unwind(depth: number): void;
  /** An allocation of the given kind and estimated size in bytes. */
  allocate(kind: AllocationKind, bytes: number): void;

  // ---- optional events (see the header) -----------------------------------------------

  /**
   * A statement starting on source line `line` begins to execute in the innermost
   * call (the script's top level when no call is active). One event per executed
   * statement node that runs code: blocks (whose statements report themselves),
   * function declarations (hoisted) and empty statements report nothing;
   * a `for` loop's declaration initialiser (`let i = 0`) is a statement too. The
   * tree-walker calls it at the top of its statement dispatch; a bytecode tier at
   * the first instruction of each statement (its compiler marks statement starts
   * in the line table). Defined only while line profiling (`--lines`).
   */
  line?(line: number): void;
  /**
   * The innermost call continues in another mode without returning: on-stack
   * replacement into compiled code (`'wasm'`), or a deopt back to the VM (`'vm'`).
   * The time after the switch is attributed to `fn [mode]`; the call still ends
   * with a single `exit()` (or an `unwind`).
   */
  switchMode?(mode: ExecutionMode): void;
  /**
   * The JIT finished compiling `fn` (the whole function, or a loop of it for OSR)
   * and spent `milliseconds` doing it. Call it right after compiling, in the call
   * that triggered the compile (before `enter` of the compiled code): the profiler
   * moves that time out of the running call into `fn [compile]`.
   */
  compiled?(fn: JSFunction, milliseconds: number): void;
  /** Compiled code of `fn` bailed out to the VM; `reason` is a short fixed phrase (e.g. 'type guard: int32'). */
  deoptimized?(fn: JSFunction, reason: string): void;
}
