// A method call site that remembers the receiver shape its guard last passed
// (codegen.ts, Op.CallMethod): the same shape must find a replaced method
// (from compiled code and from the VM), a receiver of another class its own,
// a method replaced by a number a TypeError, and an own-property method of one
// shape holding different functions the one each object holds.
class Counter {
  constructor() {
    this.n = 0;
    this.k = 1;
  }
  step(x) {
    return x + this.k;
  }
}
const originalStep = Counter.prototype.step;
class Other {
  constructor() {
    this.n = 0;
    this.k = 100;
  }
  step(x) {
    return x * 2 + this.k;
  }
}
// made outside the loop: replacing the method inside it runs no host code but the property write
const tripleK = function (x) {
  return x + 3 * this.k;
};
function run(c, times) {
  let s = 0;
  for (let i = 0; i < times; i++) {
    // numeric properties: c has a slot mirror in compiled code (and the loop pays to compile)
    c.n = c.n + 1;
    c.k = c.k * 1;
    c.n = c.n - 1 + 1;
    s = c.step(s) % 1000003;
    if (i === 700) Counter.prototype.step = tripleK;
  }
  return s + c.n;
}
const out = [];
out.push(run(new Counter(), 1000));
Counter.prototype.step = originalStep;
out.push(run(new Counter(), 1000));
Counter.prototype.step = function (x) { return x + 5; };
out.push(run(new Counter(), 1000));
out.push(run(new Other(), 1000));
try {
  Counter.prototype.step = 7;
  out.push(run(new Counter(), 10));
} catch (e) {
  out.push(e instanceof TypeError);
}
// own-property methods: one shape, a different function in each object
function makeAdder(d) {
  return { n: 0, k: 0, step(x) { return x + d; } };
}
const adders = [makeAdder(1), makeAdder(10), makeAdder(100)];
let t = 0;
for (let r = 0; r < 30; r++) for (const a of adders) t += run(a, 50);
out.push(t);
// an own-property method of a global object (compiled against the function it holds): another
// object of the same shape holds another function
const calcA = { n: 0, step(x) { return x + 1; } };
const calcB = { n: 0, step(x) { return x + 1000; } };
let cur = calcA;
function runGlobal(times) {
  let s = 0;
  for (let i = 0; i < times; i++) {
    cur.n = cur.n + 1;
    s = cur.step(s) % 1000003;
    if (i === 500) cur = cur === calcA ? calcB : calcA;
  }
  return s;
}
for (let r = 0; r < 4; r++) out.push(runGlobal(1000));
console.log(out.join(" ")); // expect: 2598 2598 5402 65347 true 236250 499501 501499 499501 501499
