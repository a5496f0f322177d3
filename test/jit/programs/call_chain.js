// A compiled caller calls a compiled callee directly (a wasm call with i32
// arguments), then a double argument makes the callee's int32 guard fail.
function sq(x) {
  return x * x;
}
function sumSquares(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = s + sq(i);
  return s;
}
let t = 0;
for (let k = 0; k < 40; k++) t = t + sumSquares(50);
console.log(t); // expect: 1617000
console.log(sumSquares(3) + sq(1.5)); // expect: 7.25
