// A deopt inside try/finally, and shape changes at a hot property site.
function add(a, b) { return a + b; }
function guarded(n) {
  let s = 0;
  try {
    for (let i = 0; i < n; i++) s = add(s, i === 2500 ? 0.5 : 1);
  } finally {
    s = s + 1000;
  }
  return s;
}
console.log(guarded(3000)); // expect: 3999.5
function getX(o) { return o.x; }
let acc = 0;
const a = { x: 1 };
const b = { y: 2, x: 3 };
for (let i = 0; i < 3000; i++) acc += getX(i < 2000 ? a : b);
console.log(acc); // expect: 5000
function setX(o, v) { o.x = v; return o.x; }
let q = 0;
for (let i = 0; i < 3000; i++) q += setX(i % 2 === 0 ? a : { z: 1 }, i);
console.log(q, a.x); // expect: 4498500 2998
