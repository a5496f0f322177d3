// int32 overflow inside a hot compiled loop promotes to double (deopt, then wider types).
function grow(n) {
  let x = 2147483000;
  for (let i = 0; i < n; i++) x = x + 1;
  return x;
}
let t = 0;
for (let k = 0; k < 3000; k++) t += grow(10);
console.log(t); // expect: 6442449030000
console.log(grow(1000)); // expect: 2147484000
function mul(a, b) { return a * b; }
let m = 0;
for (let k = 0; k < 3000; k++) m += mul(k, 3);
console.log(m, mul(65536, 65536), mul(-5, 0), Object.is(mul(-5, 0), -0)); // expect: 13495500 4294967296 -0 true
