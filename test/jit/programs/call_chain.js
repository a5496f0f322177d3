// A compiled caller calls a compiled callee directly (a wasm call), then a
// property read at a new shape deopts the callee.
function area(p) {
  return p.w * p.h;
}
function total(ps) {
  let s = 0;
  for (let i = 0; i < ps.length; i++) s = s + area(ps[i]);
  return s;
}
const ps = [];
for (let i = 0; i < 50; i++) ps.push({ w: i, h: 2 });
let t = 0;
for (let k = 0; k < 40; k++) t = t + total(ps);
console.log(t); // expect: 98000
console.log(area({ h: 3, w: 4 })); // expect: 12
