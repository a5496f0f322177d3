// The call tree laid out on a time axis, the way a flame graph draws it: each
// call path gets one span as long as its total time, its children side by side
// from its start (in the order they were first called) and its self time after
// them. cpuprofile samples, speedscope's open/close events and the flame graph
// are all read off this one layout, so they agree with each other and with the
// table. It is a merged timeline (all calls of one path in one span), not the
// run's literal chronology. The walk is iterative: deep recursion is fine.

import { callTreeChildren, type CallPathNode, type Profile } from './model.js';

export interface Span {
  node: CallPathNode;
  depth: number;
  /** Milliseconds from the start of the run. */
  start: number;
  end: number;
  /** Where this span's own (self) time begins: after its children. */
  selfStart: number;
}

/** Spans in pre-order (a parent before its children; siblings left to right). */
export function layoutCallTree(profile: Profile): Span[] {
  const tree = profile.callTree;
  if (tree.length === 0) return [];
  const children = callTreeChildren(tree);
  // A span is at least as long as its children side by side (float sums can exceed the node's total by a hair).
  const extent = tree.map((n) => n.total);
  const childSum = tree.map(() => 0);
  for (let id = tree.length - 1; id >= 0; id--) {
    extent[id] = Math.max(extent[id], childSum[id]);
    const parent = tree[id].parent;
    if (parent >= 0) childSum[parent] += extent[id];
  }
  const spans: Span[] = [];
  const stack: { id: number; depth: number; start: number }[] = [{ id: 0, depth: 0, start: 0 }];
  while (stack.length > 0) {
    const { id, depth, start } = stack.pop()!;
    const node = tree[id];
    let cursor = start;
    const childStarts: { id: number; depth: number; start: number }[] = [];
    for (const child of children[id]) {
      childStarts.push({ id: child, depth: depth + 1, start: cursor });
      cursor += extent[child];
    }
    spans.push({ node, depth, start, end: start + extent[id], selfStart: cursor });
    for (let i = childStarts.length - 1; i >= 0; i--) stack.push(childStarts[i]);
  }
  return spans;
}

/** Self-time segments in time order: what a sampling profiler would have seen, one segment per path. */
export function selfSegments(spans: readonly Span[]): Span[] {
  return spans.filter((s) => s.node.self > 0).sort((a, b) => a.selfStart - b.selfStart || b.depth - a.depth);
}
