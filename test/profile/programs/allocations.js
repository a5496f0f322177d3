// Allocations per function, counted by kind (the realm reports objects and
// arrays; a tier reports the closures it creates).
//   makeBox(v) returns one object literal: 10 calls → 10 objects
//   makeRow(n) builds one array: 4 calls → 4 arrays
//   makeCounter() creates one closure: 5 calls → 5 functions
// expect-alloc: makeBox object 10
// expect-alloc: makeRow array 4
// expect-alloc: makeCounter function 5
// expect-calls: makeBox 10
// expect-calls: makeRow 4
// expect-calls: makeCounter 5
function makeBox(v) {
  return { v };
}

function makeRow(n) {
  const row = [];
  for (let i = 0; i < n; i++) row.push(i);
  return row;
}

function makeCounter() {
  let c = 0;
  return () => ++c;
}

let sum = 0;
for (let i = 0; i < 10; i++) sum += makeBox(i).v;
for (let i = 0; i < 4; i++) sum += makeRow(i).length;
for (let i = 0; i < 5; i++) sum += makeCounter()();
console.log(sum);
