// A number array read and written in a hot loop: compiled code uses the
// array's mirror in linear memory (f64.load / f64.store), no host call per element.
function scale(a, k) {
  for (let i = 0; i < a.length; i++) a[i] = a[i] * k;
  return a[a.length - 1];
}
const xs = [];
for (let i = 0; i < 1000; i++) xs.push(i);
let last = 0;
for (let r = 0; r < 5; r++) last = scale(xs, 2);
console.log(last, xs[1]); // expect: 31968 32
