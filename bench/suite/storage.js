// storage: AWFY "Storage" -- builds a tree of arrays (allocation / GC stress).
const BENCHMARK = {
  name: "storage",
  category: "allocation",
  size: 8,
  tinySize: 7,
  description: "AWFY Storage: recursively builds a 4-ary tree of arrays of depth size whose leaves are new Array(n) with pseudo-random n in 1..10. Stresses array allocation. Returns [arrays allocated, total leaf length].",
};

class StorageRandom {
  constructor() {
    this.seed = 74755;
  }

  next() {
    this.seed = (this.seed * 1309 + 13849) & 65535;
    return this.seed;
  }
}

class StorageBenchmark {
  constructor() {
    this.count = 0;
    this.leafLength = 0;
  }

  buildTreeDepth(depth, random) {
    this.count += 1;
    if (depth === 1) {
      const leaf = new Array((random.next() % 10) + 1);
      this.leafLength += leaf.length;
      return leaf;
    }
    const arr = new Array(4);
    for (let i = 0; i < 4; i++) {
      arr[i] = this.buildTreeDepth(depth - 1, random);
    }
    return arr;
  }
}

function storageCountLeaves(tree, depth) {
  if (depth === 1) return tree.length;
  let s = 0;
  for (let i = 0; i < 4; i++) s += storageCountLeaves(tree[i], depth - 1);
  return s;
}

function benchmark(size) {
  const b = new StorageBenchmark();
  const tree = b.buildTreeDepth(size, new StorageRandom());
  if (storageCountLeaves(tree, size) !== b.leafLength) return [-1, -1];
  return [b.count, b.leafLength];
}

function verify(result, size) {
  if (!Array.isArray(result) || result.length !== 2) return false;
  if (size === 7 && result[0] !== 5461) return false; // AWFY's published result
  if (size === 8 && (result[0] !== 21845 || result[1] !== 89608)) return false;
  if (size === 9 && (result[0] !== 87381 || result[1] !== 360436)) return false;
  // Independent: (4^d - 1) / 3 arrays, and the leaves consume the LCG sequence in order.
  const count = (4 ** size - 1) / 3;
  let seed = 74755;
  let leaves = 0;
  const nLeaves = 4 ** (size - 1);
  for (let i = 0; i < nLeaves; i++) {
    seed = (seed * 1309 + 13849) & 65535;
    leaves += (seed % 10) + 1;
  }
  return result[0] === count && result[1] === leaves;
}
