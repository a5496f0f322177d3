// graph: Dijkstra's shortest paths with a binary heap on a generated weighted grid.
const BENCHMARK = {
  name: "graph",
  category: "algorithm",
  size: 70,
  tinySize: 10,
  description: "Builds a size x size grid graph with pseudo-random edge weights (adjacency arrays), runs Dijkstra from the corner with a hand-written binary min-heap, and returns [distance to the opposite corner, sum of all distances, heap pops].",
};

class GraphRandom {
  constructor(seed) {
    this.seed = seed;
  }

  next() {
    this.seed = (this.seed * 1309 + 13849) & 65535;
    return this.seed;
  }
}

// Adjacency lists as parallel arrays: edges of node v are
// targets[start[v] .. start[v + 1]) with weights[...].
function buildGrid(side) {
  const rng = new GraphRandom(12345);
  const n = side * side;
  const start = new Array(n + 1).fill(0);
  const targets = [];
  const weights = [];
  for (let v = 0; v < n; v++) {
    start[v] = targets.length;
    const r = (v / side) | 0;
    const c = v - r * side;
    // Neighbour order: up, left, right, down. Weights 1..20, slightly asymmetric.
    if (r > 0) {
      targets.push(v - side);
      weights.push((rng.next() % 20) + 1);
    }
    if (c > 0) {
      targets.push(v - 1);
      weights.push((rng.next() % 20) + 1);
    }
    if (c < side - 1) {
      targets.push(v + 1);
      weights.push((rng.next() % 20) + 1);
    }
    if (r < side - 1) {
      targets.push(v + side);
      weights.push((rng.next() % 20) + 1);
    }
  }
  start[n] = targets.length;
  return { n: n, start: start, targets: targets, weights: weights };
}

class MinHeap {
  constructor() {
    this.keys = [];
    this.vals = [];
    this.topKey = 0;
    this.topVal = 0;
  }

  push(key, val) {
    const keys = this.keys;
    const vals = this.vals;
    let i = keys.length;
    keys.push(key);
    vals.push(val);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      vals[i] = vals[parent];
      i = parent;
    }
    keys[i] = key;
    vals[i] = val;
  }

  // Removes the minimum; its key and value are left in topKey/topVal.
  pop() {
    const keys = this.keys;
    const vals = this.vals;
    this.topKey = keys[0];
    this.topVal = vals[0];
    const lastKey = keys.pop();
    const lastVal = vals.pop();
    const n = keys.length;
    if (n === 0) return;
    let i = 0;
    while (true) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && keys[child + 1] < keys[child]) child++;
      if (keys[child] >= lastKey) break;
      keys[i] = keys[child];
      vals[i] = vals[child];
      i = child;
    }
    keys[i] = lastKey;
    vals[i] = lastVal;
  }
}

function dijkstra(g, source) {
  const dist = new Array(g.n).fill(GRAPH_INF);
  const heap = new MinHeap();
  dist[source] = 0;
  heap.push(0, source);
  let pops = 0;
  while (heap.keys.length > 0) {
    heap.pop();
    pops++;
    const d = heap.topKey;
    const v = heap.topVal;
    if (d > dist[v]) continue; // stale entry
    for (let e = g.start[v]; e < g.start[v + 1]; e++) {
      const w = g.targets[e];
      const nd = d + g.weights[e];
      if (nd < dist[w]) {
        dist[w] = nd;
        heap.push(nd, w);
      }
    }
  }
  return { dist: dist, pops: pops };
}

function benchmark(size) {
  const g = buildGrid(size);
  const r = dijkstra(g, 0);
  let sum = 0;
  for (let i = 0; i < g.n; i++) sum += r.dist[i];
  return [r.dist[g.n - 1], sum, r.pops];
}

const GRAPH_INF = Number.MAX_SAFE_INTEGER;

// Computed with node (distances cross-checked with Bellman-Ford; all three values
// also reproduced by a separate Python implementation).
const GRAPH_EXPECTED = {
  10: [125, 6769, 117],
  70: [760, 2103245, 6227],
  100: [1049, 5766745, 12755],
};

function verify(result, size) {
  if (!Array.isArray(result) || result.length !== 3) return false;
  const e = GRAPH_EXPECTED[size];
  if (e !== undefined && (result[0] !== e[0] || result[1] !== e[1] || result[2] !== e[2])) return false;
  if (size > 30) return e !== undefined;
  // Independent check for small sizes: Bellman-Ford relaxation to a fixed point
  // (the pop count is specific to the heap and is only checked through the table).
  const g = buildGrid(size);
  const dist = new Array(g.n).fill(GRAPH_INF);
  dist[0] = 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (let v = 0; v < g.n; v++) {
      if (dist[v] === GRAPH_INF) continue;
      for (let k = g.start[v]; k < g.start[v + 1]; k++) {
        const nd = dist[v] + g.weights[k];
        if (nd < dist[g.targets[k]]) {
          dist[g.targets[k]] = nd;
          changed = true;
        }
      }
    }
  }
  let sum = 0;
  for (let i = 0; i < g.n; i++) sum += dist[i];
  return result[0] === dist[g.n - 1] && result[1] === sum && result[2] >= g.n;
}
