// A gprof2dot-style call graph in graphviz's dot language: one box per
// function (name, total %, self % in parentheses, calls), coloured by total
// time on gprof2dot's temperature ramp; one edge per caller→callee with the
// callee's share of time on those calls and the call count, drawn thicker when
// hotter. Functions under NODE_THRESHOLD of the total and edges under
// EDGE_THRESHOLD are pruned, as gprof2dot's defaults do.

import { temperature } from '../colour.js';
import type { Profile } from '../model.js';

/** gprof2dot's defaults: hide nodes under 0.5% and edges under 0.1% of the total. */
export const NODE_THRESHOLD = 0.005;
export const EDGE_THRESHOLD = 0.001;

const MIN_PEN = 0.5;
const MAX_PEN = 4.0;

export interface DotOptions {
  nodeThreshold?: number;
  edgeThreshold?: number;
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function pct(fraction: number): string {
  return `${(100 * fraction).toFixed(2)}%`;
}

export function dot(profile: Profile, options: DotOptions = {}): string {
  const total = profile.totalMs > 0 ? profile.totalMs : 1;
  const nodeThreshold = options.nodeThreshold ?? NODE_THRESHOLD;
  const edgeThreshold = options.edgeThreshold ?? EDGE_THRESHOLD;
  const kept = new Set(profile.functions.filter((f) => f.id === profile.root || f.cumtime / total >= nodeThreshold).map((f) => f.id));
  const out = [
    'digraph {',
    `  graph [fontname=Arial, nodesep=0.125, ranksep=0.25, label=${quote(`${profile.file} on ${profile.tier}: ${profile.totalMs.toFixed(3)} ms`)}, labelloc=t];`,
    '  node [fontcolor=white, fontname=Arial, height=0, shape=box, style=filled, width=0];',
    '  edge [fontname=Arial, fontsize=10];',
  ];
  for (const f of profile.functions) {
    if (!kept.has(f.id)) continue;
    const weight = Math.min(1, f.cumtime / total);
    const calls = f.ncalls === f.primitiveCalls ? `${f.ncalls}×` : `${f.ncalls}× (${f.primitiveCalls} primitive)`;
    const label = `${f.label}\\n${f.file}:${f.line}\\n${pct(weight)}\\n(${pct(f.tottime / total)})\\n${calls}`;
    const colour = temperature(weight);
    out.push(`  f${f.id} [label="${label.replace(/"/g, '\\"')}", color="${colour}", fillcolor="${colour}", fontsize="${(9 + 4 * weight).toFixed(2)}"];`);
  }
  for (const e of profile.edges) {
    if (!kept.has(e.caller) || !kept.has(e.callee)) continue;
    const weight = Math.min(1, e.cumtime / total);
    if (weight < edgeThreshold && e.caller !== profile.root) continue;
    const pen = Math.max(MIN_PEN, Math.min(MAX_PEN, MIN_PEN + weight * (MAX_PEN - MIN_PEN)));
    const colour = temperature(weight);
    out.push(`  f${e.caller} -> f${e.callee} [arrowsize="${Math.max(0.35, Math.sqrt(pen) * 0.5).toFixed(2)}", color="${colour}", fontcolor="${colour}", label="${pct(weight)}\\n${e.ncalls}×", labeldistance="${Math.max(pen, 1).toFixed(2)}", penwidth="${pen.toFixed(2)}"];`);
  }
  out.push('}');
  return out.join('\n') + '\n';
}
