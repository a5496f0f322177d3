// The profile as data: what one profiled run of one program on one tier
// produced, in plain JSON-ready objects (times in milliseconds, sizes in bytes).
// The recorder builds it; the reports and every exporter read only this, so the
// JSON export is the complete profile and a file written by one speedlab version
// can be rendered again by another.

import type { AllocationKind, ExecutionMode } from '../runtime/probe.js';

/** Where a profiled function ran; 'compile' marks the JIT's compile time of a function. */
export type ProfiledMode = ExecutionMode | 'compile';

export const ALLOCATION_KINDS: readonly AllocationKind[] = ['object', 'array', 'function', 'string', 'other'];

export interface AllocationTally {
  count: number;
  bytes: number;
}

export type Allocations = Record<AllocationKind, AllocationTally>;

/** One source function in one mode: a row of the pstats table. */
export interface FunctionStats {
  /** Index in Profile.functions. */
  id: number;
  /** The source function's name (`<script>` for the top level). */
  name: string;
  file: string;
  /** 1-based line and 0-based column of the function's start. */
  line: number;
  column: number;
  mode: ProfiledMode;
  /** The name as reports show it: `f`, or `f [wasm]` when the profile mixes modes. */
  label: string;
  /** All calls, and calls that were not recursive (the function was not already active). */
  ncalls: number;
  primitiveCalls: number;
  /** Time in the function itself, and including its callees (outermost activations only, as cProfile). */
  tottime: number;
  cumtime: number;
  /** Allocations made while this function was the innermost call. */
  allocations: Allocations;
}

/** Calls from one function to another, with the callee's time on those calls. */
export interface EdgeStats {
  caller: number;
  callee: number;
  ncalls: number;
  primitiveCalls: number;
  tottime: number;
  cumtime: number;
}

/** A node of the calling-context tree: one distinct call path. Parents come before children. */
export interface CallPathNode {
  id: number;
  /** -1 for the root (the script's top level). */
  parent: number;
  fn: number;
  calls: number;
  self: number;
  total: number;
}

/** Per source line, statement executions and time (self: without calls; inclusive: with them). */
export interface LineStats {
  line: number;
  hits: number;
  self: number;
  inclusive: number;
}

/** One point of the live-heap series. */
export interface HeapSample {
  /** Milliseconds since the start of the run (profiler time). */
  t: number;
  /** Language calls so far. */
  calls: number;
  usedBytes: number;
  totalBytes: number;
  /** The innermost function when sampled (Profile.functions index). */
  fn: number;
}

/** What the JIT reported about one source function. */
export interface JitStats {
  name: string;
  file: string;
  line: number;
  compiles: number;
  compileMs: number;
  deopts: number;
  deoptReasons: Record<string, number>;
}

export interface OverheadStats {
  /** Wall time of the program's top level with the probe installed. */
  profiledMs: number;
  /** The same without a probe (best of the plain runs), or null when not measured. */
  plainMs: number | null;
  /** Probe events (calls) in the profiled run. */
  calls: number;
  /** Calibrated cost of one enter+exit pair of the probe, in nanoseconds. */
  perCallNs: number;
}

export type Outcome =
  | { status: 'ok' }
  | { status: 'uncaught'; message: string }
  | { status: 'limit'; message: string };

export interface Profile {
  format: 'speedlab-profile';
  version: 1;
  file: string;
  tier: string;
  /** The root's cumulative time: everything the program's top level did. */
  totalMs: number;
  /** Index of the script's top level in `functions`. */
  root: number;
  functions: FunctionStats[];
  edges: EdgeStats[];
  callTree: CallPathNode[];
  /** Present with --lines when the tier reports line events (empty when it does not). */
  lines: LineStats[] | null;
  /** Present with --memory. */
  heap: { intervalCalls: number; samples: HeapSample[] } | null;
  jit: JitStats[];
  overhead: OverheadStats;
  /** The tier's own counters (`stats()`), e.g. the VM's opcode counts. */
  tierStats: Record<string, number | string>;
  outcome: Outcome;
  /** Things the reader should know (e.g. a tier's unbalanced events). */
  warnings: string[];
  /** The program text (for line reports). */
  source: string;
}

export function emptyAllocations(): Allocations {
  return {
    object: { count: 0, bytes: 0 },
    array: { count: 0, bytes: 0 },
    function: { count: 0, bytes: 0 },
    string: { count: 0, bytes: 0 },
    other: { count: 0, bytes: 0 },
  };
}

/** `file:line(label)`, the pstats way of naming a function. */
export function functionLocation(f: FunctionStats): string {
  return `${f.file}:${f.line}(${f.label})`;
}

/** Sum of tottime over all functions: equals totalMs up to rounding (the check the tests make). */
export function sumOfTottime(profile: Profile): number {
  let sum = 0;
  for (const f of profile.functions) sum += f.tottime;
  return sum;
}

/** Children lists of the call tree, by node id. */
export function callTreeChildren(tree: readonly CallPathNode[]): number[][] {
  const children: number[][] = tree.map(() => []);
  for (const node of tree) if (node.parent >= 0) children[node.parent].push(node.id);
  return children;
}
