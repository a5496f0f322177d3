// Closures created in a for-let initializer see the first copy of the binding,
// while the body gets a fresh copy per iteration.
const fns = [];
let getInit;
for (let i = 0, g = () => i; i < 3; i++) {
  getInit = g;
  fns.push(() => i);
}
console.log(fns.map((f) => f()), getInit()); // expect: [ 0, 1, 2 ] 0
const seen = [];
for (let i = 0; i < 3; i++) {
  runNow(() => seen.push(i));
}
function runNow(f) { f(); }
console.log(seen); // expect: [ 0, 1, 2 ]
let outerCount = 0;
for (let i = 0; i < 2; i++) {
  for (let i = 10; i < 12; i++) outerCount += i;
}
console.log(outerCount); // expect: 42
const bodyMutates = [];
for (let i = 0; i < 6; i++) {
  i += 1;
  bodyMutates.push(() => i);
}
console.log(bodyMutates.map((f) => f())); // expect: [ 1, 3, 5 ]
