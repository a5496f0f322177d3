// The call graph as SVG without a system graphviz: the dot export laid out by
// graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz, which carries its
// .wasm inline: no network). The result is trimmed to a bare <svg> element so
// it can be nested in the combined picture or inlined in HTML.

import { Graphviz } from '@hpcc-js/wasm-graphviz';
import type { SvgFragment } from './flame-graph.js';

let graphviz: Promise<Graphviz> | null = null;

const PX_PER_PT = 4 / 3;

export async function renderDot(dotSource: string): Promise<SvgFragment> {
  graphviz ??= Graphviz.load();
  const text = (await graphviz).dot(dotSource, 'svg');
  const svg = text.slice(text.indexOf('<svg'));
  const size = /<svg width="([\d.]+)pt" height="([\d.]+)pt"/.exec(svg);
  const width = size ? Math.ceil(Number(size[1]) * PX_PER_PT) : 800;
  const height = size ? Math.ceil(Number(size[2]) * PX_PER_PT) : 600;
  // Sizes in px so the outer picture can place it; the viewBox keeps graphviz's coordinates.
  const sized = svg.replace(/<svg width="[\d.]+pt" height="[\d.]+pt"/, `<svg class="call-graph" width="${width}" height="${height}"`);
  return { svg: sized.trim(), width, height };
}
