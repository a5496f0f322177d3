// Binary-trees allocation benchmark (small depth).
class TreeNode {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }
  check() {
    return this.left === null ? 1 : 1 + this.left.check() + this.right.check();
  }
}
function bottomUp(depth) {
  return depth > 0 ? new TreeNode(bottomUp(depth - 1), bottomUp(depth - 1)) : new TreeNode(null, null);
}
const maxDepth = 13;
const stretch = maxDepth + 1;
console.log(`stretch tree of depth ${stretch} check: ${bottomUp(stretch).check()}`);
// expect: stretch tree of depth 14 check: 32767
const longLived = bottomUp(maxDepth);
for (let depth = 4; depth <= maxDepth; depth += 2) {
  const iterations = 1 << (maxDepth - depth + 3);
  let check = 0;
  for (let i = 0; i < iterations; i++) check += bottomUp(depth).check();
  console.log(`${iterations} trees of depth ${depth} check: ${check}`);
  // expect: 4096 trees of depth 4 check: 126976
  // expect: 1024 trees of depth 6 check: 130048
  // expect: 256 trees of depth 8 check: 130816
  // expect: 64 trees of depth 10 check: 131008
  // expect: 16 trees of depth 12 check: 131056
}
console.log(`long lived tree of depth ${maxDepth} check: ${longLived.check()}`);
// expect: long lived tree of depth 13 check: 16383
