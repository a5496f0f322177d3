// bintrees: Benchmarks Game "binary-trees" (allocation of many short-lived trees).
const BENCHMARK = {
  name: "bintrees",
  category: "allocation",
  size: 10,
  tinySize: 6,
  description: "Allocates complete binary trees of TreeNode objects (stretch tree, long-lived tree, many short-lived trees of depth 4..size) and counts their nodes. Stresses allocation/GC and recursion.",
};

class TreeNode {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }

  check() {
    if (this.left === null) return 1;
    return 1 + this.left.check() + this.right.check();
  }
}

function bottomUpTree(depth) {
  if (depth === 0) return new TreeNode(null, null);
  return new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1));
}

function benchmark(size) {
  const minDepth = 4;
  const maxDepth = Math.max(minDepth + 2, size);
  let total = 0;
  total += bottomUpTree(maxDepth + 1).check();
  const longLived = bottomUpTree(maxDepth);
  for (let depth = minDepth; depth <= maxDepth; depth += 2) {
    const iterations = 1 << (maxDepth - depth + minDepth);
    let check = 0;
    for (let i = 0; i < iterations; i++) {
      check += bottomUpTree(depth).check();
    }
    total += check;
  }
  total += longLived.check();
  return total;
}

function verify(result, size) {
  if (size === 10 && result !== 135854) return false;
  // A complete tree of depth d has 2^(d+1) - 1 nodes.
  const minDepth = 4;
  const maxDepth = Math.max(minDepth + 2, size);
  let expected = 2 ** (maxDepth + 2) - 1;
  for (let depth = minDepth; depth <= maxDepth; depth += 2) {
    expected += 2 ** (maxDepth - depth + minDepth) * (2 ** (depth + 1) - 1);
  }
  expected += 2 ** (maxDepth + 1) - 1;
  return result === expected;
}
