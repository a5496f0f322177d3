// Readers for the export formats, written from the formats' specifications (not
// from the exporters), so the tests check what another tool would read.

/** callgrind: self costs per function, calls with their inclusive costs, the totals line. */
export interface CallgrindData {
  events: string[];
  functions: Map<string, { self: number[]; calls: { callee: string; count: number; inclusive: number[] }[] }>;
  totals: number[] | null;
}

export function parseCallgrind(text: string): CallgrindData {
  const names = new Map<string, string>();
  const resolveName = (spec: string) => {
    const m = /^\((\d+)\)(?: (.*))?$/.exec(spec.trim());
    if (!m) return spec.trim();
    if (m[2] !== undefined) names.set(m[1], m[2]);
    return names.get(m[1]) ?? `(${m[1]})`;
  };
  const data: CallgrindData = { events: [], functions: new Map(), totals: null };
  let current: string | null = null;
  let pendingCall: { callee: string; count: number } | null = null;
  let callee: string | null = null;
  const lines = text.split('\n');
  if (!lines[0].startsWith('# callgrind format')) throw new Error('missing "# callgrind format" header');
  for (const line of lines) {
    if (line === '' || line.startsWith('#')) continue;
    let m: RegExpExecArray | null;
    if ((m = /^events:\s+(.*)$/.exec(line))) data.events = m[1].trim().split(/\s+/);
    else if ((m = /^totals:\s+(.*)$/.exec(line))) data.totals = m[1].trim().split(/\s+/).map(Number);
    else if ((m = /^fn=(.*)$/.exec(line))) {
      current = resolveName(m[1]);
      if (!data.functions.has(current)) data.functions.set(current, { self: data.events.map(() => 0), calls: [] });
    } else if ((m = /^cfn=(.*)$/.exec(line))) callee = resolveName(m[1]);
    else if ((m = /^calls=(\d+)\s+\d+$/.exec(line))) pendingCall = { callee: callee!, count: Number(m[1]) };
    else if ((m = /^(\d+)((?:\s+\d+)+)$/.exec(line))) {
      const costs = m[2].trim().split(/\s+/).map(Number);
      if (costs.length !== data.events.length) throw new Error(`cost line with ${costs.length} costs for ${data.events.length} events: ${line}`);
      const f = data.functions.get(current!)!;
      if (pendingCall) {
        f.calls.push({ ...pendingCall, inclusive: costs });
        pendingCall = null;
      } else costs.forEach((c, i) => (f.self[i] += c));
    } else if (!/^(version|creator|cmd|part|positions|event|summary):|^(fl|cfl|fi|fe|cfi|ob|cob)=/.test(line)) throw new Error(`unexpected callgrind line: ${line}`);
  }
  return data;
}

/** dot: node labels and edges of a gprof2dot-style graph. */
export interface DotGraph {
  nodes: Map<string, string[]>;
  edges: { from: string; to: string; label: string[] }[];
}

export function parseDot(text: string): DotGraph {
  if (!/^digraph \{/.test(text) || !/\}\s*$/.test(text)) throw new Error('not a digraph');
  const graph: DotGraph = { nodes: new Map(), edges: [] };
  const label = (attrs: string) => {
    const m = /label="((?:[^"\\]|\\.)*)"/.exec(attrs);
    return m ? m[1].split('\\n').map((s) => s.replace(/\\"/g, '"')) : [];
  };
  for (const line of text.split('\n')) {
    let m = /^\s*(\w+) -> (\w+) \[(.*)\];$/.exec(line);
    if (m) {
      graph.edges.push({ from: m[1], to: m[2], label: label(m[3]) });
      continue;
    }
    m = /^\s*(f\d+) \[(.*)\];$/.exec(line);
    if (m) graph.nodes.set(m[1], label(m[2]));
  }
  return graph;
}

/**
 * A minimal well-formedness check for the SVG/HTML we write: every element
 * opened is closed in order (void HTML elements and self-closing tags aside).
 */
export function checkBalancedMarkup(text: string, html = false): void {
  const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link']);
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(text)) !== null) {
    if (m[2] === undefined) continue; // comment, declaration
    const name = m[2].toLowerCase();
    if (m[1] === '/') {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}> at offset ${m.index}`);
    } else if (m[4] !== '/' && !(html && VOID.has(name))) stack.push(name);
  }
  if (stack.length) throw new Error(`unclosed elements: ${stack.join(' > ')}`);
}
