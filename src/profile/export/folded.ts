// Brendan Gregg's folded stacks, the input of flamegraph.pl and inferno: one
// line per call path, frames from the root joined by ';', then a space and the
// path's self time in whole microseconds. Frames are `label (file:line)`.

import { callTreeChildren, type Profile } from '../model.js';

export function folded(profile: Profile): string {
  const tree = profile.callTree;
  if (tree.length === 0) return '';
  const names = profile.functions.map((f) => `${f.label} (${f.file}:${f.line})`.replace(/;/g, ','));
  const children = callTreeChildren(tree);
  const lines: string[] = [];
  const path: string[] = [];
  // Iterative depth-first walk; `path` holds the frames of the current node.
  const stack: { id: number; depth: number }[] = [{ id: 0, depth: 0 }];
  while (stack.length > 0) {
    const { id, depth } = stack.pop()!;
    path.length = depth;
    path.push(names[tree[id].fn]);
    const micros = Math.round(tree[id].self * 1000);
    if (micros > 0) lines.push(`${path.join(';')} ${micros}`);
    const kids = children[id];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ id: kids[i], depth: depth + 1 });
  }
  return lines.join('\n') + '\n';
}
