// Re-deriving function and edge figures from the call tree under a coarser
// identity: e.g. one row per source function with all of its modes together
// (the callgrind export, where the modes become event columns). The call tree
// holds everything needed: a call path's activations are recursive exactly when
// an ancestor path node is the same function, so primitive calls and cumulative
// times follow the cProfile rules the recorder applies. A path node with no
// calls under a parent of the same identity is a mode switch (OSR), folded into
// its parent's activation.

import type { Profile, ProfiledMode } from './model.js';

export interface AggregatedFunction {
  key: string;
  /** A representative row of Profile.functions (name, file, line). */
  fn: number;
  ncalls: number;
  primitiveCalls: number;
  /** Self time per mode (index in `modes`). */
  selfByMode: number[];
  cumtime: number;
}

export interface AggregatedEdge {
  caller: string;
  callee: string;
  ncalls: number;
  primitiveCalls: number;
  cumtime: number;
  /** Inclusive time of the callee on these calls, per mode (outermost activations only). */
  cumByMode: number[];
}

export interface Aggregation {
  modes: ProfiledMode[];
  functions: AggregatedFunction[];
  edges: AggregatedEdge[];
}

export function aggregateByKey(profile: Profile, keyOf: (fn: number) => string): Aggregation {
  const tree = profile.callTree;
  const modes = [...new Set(profile.functions.map((f) => f.mode))];
  const modeOf = profile.functions.map((f) => modes.indexOf(f.mode));
  const keys = profile.functions.map((_, i) => keyOf(i));
  // Per path node: self time of its subtree by mode (children come after parents: sum backwards).
  const subtree = tree.map((n) => {
    const v = new Array<number>(modes.length).fill(0);
    v[modeOf[n.fn]] = n.self;
    return v;
  });
  for (let id = tree.length - 1; id > 0; id--) {
    const p = subtree[tree[id].parent];
    const v = subtree[id];
    for (let m = 0; m < modes.length; m++) p[m] += v[m];
  }
  const functions = new Map<string, AggregatedFunction>();
  const edges = new Map<string, AggregatedEdge>();
  const activeFunctions = new Map<string, number>();
  const activeEdges = new Map<string, number>();
  const children: number[][] = tree.map(() => []);
  for (const n of tree) if (n.parent >= 0) children[n.parent].push(n.id);
  /** The identity a path node's activation counts under (a folded mode switch takes its parent's). */
  const owner = new Array<string>(tree.length);

  const fnOf = (key: string, fn: number): AggregatedFunction => {
    let f = functions.get(key);
    if (f === undefined) {
      f = { key, fn, ncalls: 0, primitiveCalls: 0, selfByMode: new Array<number>(modes.length).fill(0), cumtime: 0 };
      functions.set(key, f);
    }
    return f;
  };

  // Iterative pre-order walk with explicit leave steps to keep the active counts.
  const stack: { id: number; leave: boolean; edgeKey: string | null; counted: string | null }[] = tree.length ? [{ id: 0, leave: false, edgeKey: null, counted: null }] : [];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.leave) {
      if (step.counted !== null) activeFunctions.set(step.counted, activeFunctions.get(step.counted)! - 1);
      if (step.edgeKey !== null) activeEdges.set(step.edgeKey, activeEdges.get(step.edgeKey)! - 1);
      continue;
    }
    const node = tree[step.id];
    const key = keys[node.fn];
    const parentKey = node.parent >= 0 ? owner[node.parent] : null;
    const folded = parentKey === key && node.calls === 0;
    owner[node.id] = key;
    const f = fnOf(key, node.fn);
    f.selfByMode[modeOf[node.fn]] += node.self;
    let counted: string | null = null;
    let edgeKey: string | null = null;
    if (!folded) {
      f.ncalls += node.calls;
      if ((activeFunctions.get(key) ?? 0) === 0) {
        f.primitiveCalls += node.calls;
        f.cumtime += node.total;
      }
      activeFunctions.set(key, (activeFunctions.get(key) ?? 0) + 1);
      counted = key;
      if (parentKey !== null) {
        edgeKey = `${parentKey}\0${key}`;
        let e = edges.get(edgeKey);
        if (e === undefined) {
          e = { caller: parentKey, callee: key, ncalls: 0, primitiveCalls: 0, cumtime: 0, cumByMode: new Array<number>(modes.length).fill(0) };
          edges.set(edgeKey, e);
        }
        e.ncalls += node.calls;
        if ((activeEdges.get(edgeKey) ?? 0) === 0) {
          e.primitiveCalls += node.calls;
          e.cumtime += node.total;
          for (let m = 0; m < modes.length; m++) e.cumByMode[m] += subtree[node.id][m];
        }
        activeEdges.set(edgeKey, (activeEdges.get(edgeKey) ?? 0) + 1);
      }
    }
    stack.push({ id: node.id, leave: true, edgeKey, counted });
    const kids = children[node.id];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ id: kids[i], leave: false, edgeKey: null, counted: null });
  }
  return { modes, functions: [...functions.values()], edges: [...edges.values()] };
}

/** One identity per source function; the JIT's compile time of a function stays apart. */
export function sourceFunctionKey(profile: Profile): (fn: number) => string {
  return (fn) => {
    const f = profile.functions[fn];
    return `${f.file}:${f.line}:${f.column}(${f.name})${f.mode === 'compile' ? ' [compile]' : ''}`;
  };
}
