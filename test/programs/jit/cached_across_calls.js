// A compiled function called again and again by a compiled caller keeps what
// it found between calls: the Math method a constant receiver's call site
// checked (in memory, valid while the method epoch holds) and the mirror
// of an array whose length it reads before its elements. Replacing the
// method in the compiled caller, or changing the array between calls, must
// be seen at once.
function norm(xs) {
  const n = xs.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += xs[i] * xs[i];
  return Math.sqrt(s);
}
function phase(xs, rounds, at, replacement) {
  let t = 0;
  let h = 7;
  for (let r = 0; r < rounds; r++) {
    h = (Math.imul(h, 31) + r) | 0;
    h = (h ^ (h >>> 7)) | 0;
    t += norm(xs);
    if (r === at) Math.sqrt = replacement;
  }
  return [t, h];
}
const realSqrt = Math.sqrt;
const xs = [3, 4, 12];
// (the first call writes Math.sqrt too, the same function: the write has feedback when phase compiles)
console.log(phase(xs, 20000, 5, realSqrt), phase(xs, 20000, 1500, (v) => -v));
Math.sqrt = realSqrt;
console.log(phase(xs, 20000, 19998, (v) => v + 0.5));
Math.sqrt = realSqrt;
xs.push(84);
console.log(phase(xs, 3000, -1, null));
xs.length = 2;
console.log(phase(xs, 3000, -1, null));
xs[5] = 1;
console.log(phase(xs, 3000, -1, null));
// the same with a number argument: norm compiles to Math.sqrt in place, checked once per method epoch
function root(s) { return Math.sqrt(s); }
function roots(rounds, at, replacement) {
  let t = 0;
  for (let r = 0; r < rounds; r++) {
    t += root(169);
    if (r === at) Math.sqrt = replacement;
  }
  return t;
}
console.log(roots(20000, 5, realSqrt), roots(20000, 1500, (v) => -v));
Math.sqrt = realSqrt;
// a length read as the array's last use, and arrays that are never mirrored (holes, mixed elements)
function lengths(arrays, n) {
  let t = 0;
  for (let i = 0; i < n; i++) {
    const a = arrays[i % arrays.length];
    if (i % 3 === 0) { t += a.length; continue; }
    for (let k = 0; k < a.length; k++) t += a[k] === undefined ? 1 : typeof a[k] === "number" ? a[k] : 2;
  }
  return t;
}
console.log(lengths([[1, 2, 3], new Array(5), [1, "x", null], [0.5, 1.5], []], 30000));
// expect: [ 260000, 1114683523 ] [ -3106818, 1114683523 ]
// expect: [ 260156.5, 1114683523 ]
// expect: [ 255000, -11804981 ]
// expect: [ 15000, -11804981 ]
// expect: [ NaN, -11804981 ]
// expect: 260000 -3106818
// expect: 98000
