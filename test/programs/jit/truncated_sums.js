// Sums that are only ever truncated to int32 (`| 0`, `& mask`, shifts) are
// compiled as wrapping i32 adds with no overflow guard (analysis.ts,
// truncatedArithmetic): the exact sum leaves int32 here on purpose, and ToInt32
// of it must equal the wrapped sum. Sums also read untruncated, carried around
// a loop, or fed by doubles must keep JS's exact arithmetic.
function hash(s) {
  let h = 0;
  for (let k = 0; k < s.length; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}
let total = 0;
for (let i = 0; i < 4000; i++) total = (total + hash("a string to hash, number " + i)) | 0;
console.log(total, hash(""), hash("\uffff\uffff\uffff\uffff\uffff\uffff\uffff"));
function chains(n) {
  let a = 2147483000, t = 0, u = 0, v = 0, w = 0;
  for (let i = 0; i < n; i++) {
    t = (a + i + i + a) | 0;
    u = (u - a - i * 7) & 0xffff;
    v = (a + a) >>> 3;
    w = ((a - i) << 5) ^ ((a + 2147483647) >> 1);
    a = (a + 977) | 0;
  }
  return [t, u, v, w, a];
}
console.log(chains(5000), chains(200000));
// the sum is also printed, returned or kept: exact, a double past int32
function exact(n) {
  let a = 2147483000, kept = 0, last = 0;
  for (let i = 0; i < n; i++) {
    const s = a + i;
    kept = (s | 0) + (s > 2147483647 ? 1 : 0);
    last = s;
  }
  return [kept, last, (a + n) | 0, a + n];
}
console.log(exact(5000));
// a double operand: ToInt32 of the exact double sum, not of a wrapped one
function doubles(n) {
  let t = 0;
  for (let i = 0; i < n; i++) t = (t + i * 0.5 + 3000000000.75) | 0;
  return t;
}
console.log(doubles(5000));
// a loop-carried sum truncated only after the loop: exact while it runs
function carried(n) {
  let s = 2147483600;
  for (let i = 0; i < n; i++) s = s + 1000;
  return [s, s | 0];
}
console.log(carried(5000));
// -0, NaN and strings do not wrap: a string sum concatenates, its truncation parses
function mixedOperands(xs, n) {
  let t = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i % xs.length];
    t = (t + (x + 1)) | 0;
  }
  return t;
}
console.log(mixedOperands([2147483647, -2147483648, 1, 5], 5000), mixedOperands([1, "2", 0.5, -0], 5000));
// expect: -1000828288 0 1828150367
// expect: [ 9776748, 56992, 1220843, 158024919, -2142599296 ] [ 391196748, 16640, 48849593, 1906143347, -1952084296 ]
// expect: [ -2147479296, 2147487999, -2147479296, 2147488000 ]
// expect: 1980452368
// expect: [ 2152483600, -2142483696 ]
// expect: 11250 2060099795
