// Chrome DevTools' .cpuprofile (also read by speedscope, VS Code and
// `node --cpu-prof` tooling): a node tree with call frames (0-based line and
// column), the samples (node ids) and the time before each sample in
// microseconds. A deterministic profile has no samples, so they are
// synthesized from the call-tree layout: one sample per call path at the start
// of its self time, lasting until the next sample, so each node's sampled time
// equals its self time (to the microsecond) and the sum of timeDeltas is the run.

import { layoutCallTree, selfSegments } from '../call-tree-layout.js';
import type { Profile } from '../model.js';

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; scriptId: string; url: string; lineNumber: number; columnNumber: number };
  hitCount: number;
  children: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Node ids: 1 is DevTools' "(root)"; call-tree node k is k + 2. */
const ROOT_ID = 1;
const nodeId = (callTreeId: number) => callTreeId + 2;

export function toCpuProfile(profile: Profile): CpuProfile {
  const nodes: CpuProfileNode[] = [
    { id: ROOT_ID, callFrame: { functionName: '(root)', scriptId: '0', url: '', lineNumber: -1, columnNumber: -1 }, hitCount: 0, children: [] },
  ];
  for (const n of profile.callTree) {
    const f = profile.functions[n.fn];
    nodes.push({
      id: nodeId(n.id),
      callFrame: { functionName: f.label, scriptId: '1', url: profile.file, lineNumber: f.line - 1, columnNumber: f.column },
      hitCount: 0,
      children: [],
    });
    const parent = n.parent < 0 ? nodes[0] : nodes[n.parent + 1];
    parent.children.push(nodeId(n.id));
  }
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let previous = 0;
  for (const segment of selfSegments(layoutCallTree(profile))) {
    const at = Math.round(segment.selfStart * 1000);
    samples.push(nodeId(segment.node.id));
    timeDeltas.push(at - previous);
    nodes[segment.node.id + 1].hitCount++;
    previous = at;
  }
  // A closing sample of "(root)" at the end, so the last real sample's duration is defined.
  const endTime = Math.max(previous, Math.round(profile.totalMs * 1000));
  samples.push(ROOT_ID);
  timeDeltas.push(endTime - previous);
  return { nodes, startTime: 0, endTime, samples, timeDeltas };
}

export function renderCpuProfile(profile: Profile): string {
  return JSON.stringify(toCpuProfile(profile));
}
