// forEach, some, every, find, findIndex.
const a = [5, 12, 8, 130, 44];
const seen = [];
const r = a.forEach((x, i) => seen.push(i + ":" + x));
console.log(r, seen.join(" ")); // expect: undefined 0:5 1:12 2:8 3:130 4:44
console.log(a.some((x) => x > 100), a.some((x) => x > 1000), [].some(() => true)); // expect: true false false
console.log(a.every((x) => x > 1), a.every((x) => x > 10), [].every(() => false)); // expect: true false true
console.log(a.find((x) => x > 10), a.find((x) => x > 1000), a.findIndex((x) => x > 10), a.findIndex((x) => x < 0));
// expect: 12 undefined 1 -1
let calls = 0;
a.some((x) => { calls++; return x === 12; });
console.log(calls); // expect: 2
calls = 0;
a.every((x) => { calls++; return x < 10; });
console.log(calls); // expect: 2
const holes = [1, , 3];
let n = 0;
holes.forEach(() => n++);
console.log(n, holes.find((x) => x === undefined), holes.findIndex((x) => x === undefined));
// expect: 2 undefined 1
const ctx = { factor: 3 };
console.log([1, 2].map(function (x) { return x * this.factor; }, ctx)); // expect: [ 3, 6 ]
