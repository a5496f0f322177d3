// Defaults are evaluated only when needed, left to right.
let calls = 0;
const def = (v) => { calls++; return v; };
const [a = def(1), b = def(2)] = [10];
console.log(a, b, calls); // expect: 10 2 1
const { x = def("x"), y = def("y") } = { x: 0 };
console.log(x, y, calls); // expect: 0 y 2
const [m = 5, n = m * 2] = [];
console.log(m, n); // expect: 5 10
const { p = 1, q = p + 1 } = { p: 10 };
console.log(p, q); // expect: 10 11
