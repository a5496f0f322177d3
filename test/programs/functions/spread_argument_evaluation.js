// Arguments before a spread element are evaluated once, left to right, and the
// spread's elements land after them (in calls, method calls and new).
const order = [];
function note(tag, value) {
  order.push(tag);
  return value;
}
function count(...args) { return args.join(","); }
console.log(count(note("a", 1), note("b", 2), ...note("s", [3, 4]), note("c", 5))); // expect: 1,2,3,4,5
console.log(order.join(" ")); // expect: a b s c
order.length = 0;
const tools = { join(...parts) { return parts.join("-"); } };
console.log(tools.join(note("x", "x"), ...note("rest", "yz"))); // expect: x-y-z
class Pair {
  constructor(a, b, ...more) { this.text = `${a}/${b}/${more.length}`; }
}
console.log(new Pair(note("first", 1), ...note("others", [2, 3, 4])).text); // expect: 1/2/2
console.log(order.join(" ")); // expect: x rest first others
let calls = 0;
function tick() { calls++; return calls; }
for (let i = 0; i < 1000; i++) count(tick(), ...[i]);
console.log(calls); // expect: 1000
