// Math's methods, read by compiled code through a cache that outlives one call
// (valid while the method epoch stands), then replaced in the middle of a loop:
// the next call must see the new function. The same for a constant global's own
// method replaced while a compiled caller uses it.
const origAbs = Math.abs;
function useAbs(x) { return Math.abs(x) + Math.floor(x / 3); }
function replace(f) { Math.abs = f; }
function loop(n, swapAt) {
  let s = 0;
  for (let i = -n; i < n; i++) {
    s += useAbs(i);
    if (i === swapAt) replace((v) => 1000);
  }
  return s;
}
let t = 0;
for (let r = 0; r < 50; r++) t += loop(200, 1e9);
console.log(t); // expect: 1990000
console.log(loop(200, 0)); // expect: 218900
console.log(loop(200, 1e9)); // expect: 399800
Math.abs = origAbs;
console.log(loop(200, 1e9)); // expect: 39800
const M = { sq(x) { return x * x; } };
function useM(x) { return M.sq(x) + 1; }
let u = 0;
for (let i = 0; i < 5000; i++) { u += useM(i); if (i === 3000) M.sq = (x) => -x; }
console.log(u); // expect: 8996509500
