// A million-element array.
const n = 1000000;
const a = new Array(n);
for (let i = 0; i < n; i++) a[i] = i % 1000;
let sum = 0;
for (let i = 0; i < n; i++) sum += a[i];
console.log(a.length, sum); // expect: 1000000 499500000
const b = [];
for (let i = 0; i < n; i++) b.push(i & 255);
console.log(b.length, b[n - 1], b.indexOf(255), b.lastIndexOf(0)); // expect: 1000000 63 255 999936
b.length = 10;
console.log(b);
// expect: [
// expect:   0, 1, 2, 3, 4,
// expect:   5, 6, 7, 8, 9
// expect: ]
