// Property reads compiled as the type their uses saw (int32 or double), and
// what happens when a value of another type arrives at such a hot site: the VM
// resumes after the read with the value read (the read is not repeated), and
// the function is recompiled with the wider type.
class P {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
function dot(p, q) {
  return p.x * q.x + p.y * q.y;
}
let s = 0;
for (let i = 0; i < 3000; i++) s += dot(new P(i, 1), new P(2, 0.5));
console.log(s); // expect: 8998500

// an int32 site meets a double, -0, a string, undefined (an absent property)
function inc(o) {
  return o.x + 1;
}
let t = 0;
for (let i = 0; i < 3000; i++) t += inc({ x: i });
console.log(t); // expect: 4501500
console.log(inc({ x: 0.25 }), inc({ x: -0 }), inc({ x: 'a' }), inc({ y: 1 })); // expect: 1.25 1 a1 NaN
for (let i = 0; i < 3000; i++) t += inc({ x: i / 2 });
console.log(t); // expect: 6753750

// a property written from compiled code with a double, read back as int32 elsewhere
class Acc {
  constructor() {
    this.total = 0;
  }
}
function addTo(a, v) {
  a.total = a.total + v;
}
const acc = new Acc();
for (let i = 0; i < 3000; i++) addTo(acc, i % 7);
console.log(acc.total); // expect: 8994
addTo(acc, 0.5);
addTo(acc, 2147483647);
console.log(acc.total); // expect: 2147492641.5

// a numeric property that becomes a boolean, then an object: comparisons stay JS's
function below(o, k) {
  return o.v < k;
}
let n = 0;
for (let i = 0; i < 3000; i++) if (below({ v: i }, 1500)) n++;
console.log(n, below({ v: true }, 2), below({ v: null }, 1), below({ v: [5] }, 6), below({ v: NaN }, 1)); // expect: 1500 true true true false
