// performance.now() returns a monotonic number of milliseconds (values are never printed).
const t0 = performance.now();
let x = 0;
for (let i = 0; i < 100000; i++) x += i;
const t1 = performance.now();
console.log(typeof t0, typeof t1); // expect: number number
console.log(t1 >= t0, t0 >= 0, Number.isFinite(t1 - t0)); // expect: true true true
console.log(x); // expect: 4999950000
