// Recursion 5,000 deep: the tree-walker recurses on the host stack, so the
// profiler must run programs like `speedlab run` does (a worker with a big stack).
// expect-calls: down 5001/1
// expect-edge: down -> down 5000
function down(n) {
  return n === 0 ? 0 : 1 + down(n - 1);
}

console.log(down(5000));
