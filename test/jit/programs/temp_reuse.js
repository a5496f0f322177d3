// Register webs: the VM's compiler reuses one temporary for the float
// arithmetic of the loop and for the array returned at the end. Split into
// webs, the loop's temporaries stay unboxed f64 (no box/unbox host calls in
// the loop; test/jit/webs.test.ts checks the module text for them).
function blend(n) {
  let a = 0.5;
  let b = 0.25;
  for (let i = 0; i < n; i++) {
    a = a * 0.5 + b * 0.25;
    b = b * 0.5 + 0.125;
  }
  return [a, b];
}
let r = [0, 0];
for (let k = 0; k < 40; k++) r = blend(100);
console.log(r[0].toFixed(6), r[1].toFixed(6)); // expect: 0.125000 0.250000 (the fixed point: b = 0.125 / 0.5, a = 0.25 * b / 0.5)
