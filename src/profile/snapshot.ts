// Turns a finished recording into the Profile data model: numbered function
// rows with their display labels, the edge list, the flattened call tree, the
// line table and the heap series. Labels carry the mode (`f [wasm]`) only when
// the run mixed modes, so an ast-only profile reads exactly like cProfile's.

import type { EdgeStats, FunctionStats, JitStats, LineStats, OverheadStats, Outcome, Profile } from './model.js';
import type { ProfileRecorder } from './recorder.js';

export interface RunFacts {
  tier: string;
  source: string;
  overhead: OverheadStats;
  tierStats: Record<string, number | string>;
  outcome: Outcome;
  linesRequested: boolean;
}

export function snapshotProfile(recorder: ProfileRecorder, facts: RunFacts): Profile {
  const executionModes = new Set(recorder.entries.filter((e) => e.mode !== 'compile').map((e) => e.mode));
  const mixed = executionModes.size > 1;
  const functions: FunctionStats[] = recorder.entries.map((e) => ({
    id: e.id,
    name: e.source.name,
    file: recorder.file,
    line: e.source.line,
    column: e.source.column,
    mode: e.mode,
    label: e.mode === 'compile' || mixed ? `${e.source.name} [${e.mode}]` : e.source.name,
    ncalls: e.ncalls,
    primitiveCalls: e.primitiveCalls,
    tottime: e.tottime,
    cumtime: e.cumtime,
    allocations: e.allocations,
  }));
  const edges: EdgeStats[] = [];
  for (const e of recorder.entries) {
    for (const edge of e.callees.values()) {
      edges.push({ caller: edge.caller, callee: edge.callee, ncalls: edge.ncalls, primitiveCalls: edge.primitiveCalls, tottime: edge.tottime, cumtime: edge.cumtime });
    }
  }
  const callTree = recorder.pathNodes.map((n) => ({ id: n.id, parent: n.parent === null ? -1 : n.parent.id, fn: n.entry.id, calls: n.calls, self: n.self, total: n.total }));
  const lines: LineStats[] | null = facts.linesRequested ? [] : null;
  if (lines !== null) {
    recorder.lineHits.forEach((hits, line) => {
      if (hits !== undefined) lines.push({ line, hits, self: recorder.lineSelf[line] ?? 0, inclusive: recorder.lineInclusive[line] ?? 0 });
    });
  }
  const jit: JitStats[] = recorder.sources().flatMap((s) => (s.jit === null ? [] : [s.jit]));
  const warnings: string[] = [];
  if (recorder.unmatchedExits > 0) warnings.push(`the tier reported ${recorder.unmatchedExits} exit() events with no open call`);
  return {
    format: 'speedlab-profile',
    version: 1,
    file: recorder.file,
    tier: facts.tier,
    totalMs: recorder.totalMs,
    root: 0,
    functions,
    edges,
    callTree,
    lines,
    heap: recorder.heap === null ? null : { intervalCalls: recorder.heap.intervalCalls, samples: recorder.heap.samples },
    jit,
    overhead: facts.overhead,
    tierStats: facts.tierStats,
    outcome: facts.outcome,
    warnings,
    source: facts.source,
  };
}
