// Compiled code that runs generic instructions through the VM's own
// implementation (under --jit-threshold 0 and --deopt-stress every function
// here compiles): method calls on `this`, `new`, closures over captured
// variables, string concatenation, comparisons of strings, exceptions thrown
// from inside compiled code and caught by the VM caller, and stack traces.
class Counter {
  constructor(start) { this.n = start; }
  bump(by) { this.n = this.n + by; return this; }
  value() { return this.n; }
}
function useCounter(k) {
  const c = new Counter(k);
  for (let i = 0; i < 5; i++) c.bump(i);
  return c.value();
}
let total = 0;
for (let i = 0; i < 300; i++) total += useCounter(i);
console.log(total); // expect: 47850

function makeAdder(a) {
  let calls = 0;
  return (b) => { calls++; return a + b + calls; };
}
const add5 = makeAdder(5);
let s = 0;
for (let i = 0; i < 2000; i++) s = add5(i) - s;
console.log(s); // expect: 2000

function label(i) {
  const name = 'item' + i;
  return name < 'item5' ? name.toUpperCase() : name + '!';
}
const labels = [];
for (let i = 0; i < 1500; i++) labels.push(label(i % 10));
console.log(labels.slice(0, 7).join(' ')); // expect: ITEM0 ITEM1 ITEM2 ITEM3 ITEM4 item5! item6!

function check(v) {
  if (v > 1400) throw new RangeError('too big: ' + v);
  return v;
}
function sumChecked(n) {
  let acc = 0;
  for (let i = 0; i < n; i++) acc += check(i);
  return acc;
}
try {
  sumChecked(2000);
} catch (e) {
  console.log(e.name, e.message); // expect: RangeError too big: 1401
  console.log(e.stack.split('\n').slice(0, 3).map((l) => l.trim().split(' (')[0]).join(' | ')); // expect: RangeError: too big: 1401 | at check | at sumChecked
}
