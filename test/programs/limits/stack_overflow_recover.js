// The interpreter keeps working after several stack overflows.
let overflows = 0;
function mutualA(n) { return mutualB(n + 1); }
function mutualB(n) { return mutualA(n + 1); }
class Node {
  constructor() { this.child = null; }
  depth() { return this.child === null ? 1 : 1 + this.child.depth(); }
}
const loop = new Node();
loop.child = loop;
const attempts = [() => mutualA(0), () => loop.depth(), () => { const f = (x) => f(x) + 1; return f(0); }];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (e) {
    if (e instanceof RangeError && e.message === "Maximum call stack size exceeded") overflows++;
  }
}
console.log(overflows); // expect: 3
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(20)); // expect: 2432902008176640000
let finallyRan = false;
function withFinally(n) {
  try {
    return withFinally(n + 1);
  } finally {
    finallyRan = true;
  }
}
try { withFinally(0); } catch (e) { console.log(e.name, finallyRan); } // expect: RangeError true
