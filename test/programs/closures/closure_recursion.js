// Recursive closures and closures referencing themselves via a binding.
const countdown = (n) => (n === 0 ? ["liftoff"] : [n, ...countdown(n - 1)]);
console.log(countdown(3)); // expect: [ 3, 2, 1, 'liftoff' ]
let walk;
walk = (node, depth = 0) => {
  let s = "  ".repeat(depth) + node.name + "\n";
  for (const c of node.children || []) s += walk(c, depth + 1);
  return s;
};
const tree = { name: "root", children: [{ name: "a", children: [{ name: "a1" }] }, { name: "b" }] };
console.log(walk(tree).trim());
// expect: root
// expect:   a
// expect:     a1
// expect:   b
function makeGen(limit) {
  let i = 0;
  return function next() {
    return i < limit ? { value: i++, done: false } : { value: undefined, done: true };
  };
}
const next = makeGen(2);
console.log(next(), next(), next());
// expect: { value: 0, done: false } { value: 1, done: false } { value: undefined, done: true }
