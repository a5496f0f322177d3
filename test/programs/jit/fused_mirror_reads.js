// A reference read in compiled code together with its mirror's address (one
// host call: an element of an array of objects, a property holding an array).
// The address must always be the mirror of the value just read: through
// replaced elements and properties, another shape at the same site, aliases
// (two elements, one object), and values with no mirror of the kind asked
// (an array of booleans where numbers were read).
class P {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Holder {
  constructor(n) {
    this.v = [];
    for (let i = 0; i < n; i++) this.v.push(i);
    this.scale = 2;
  }
}
function sumPoints(ps) {
  let s = 0;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    // enough numeric work per element that the cost model compiles this loop
    const q = p.x * 3 + p.y;
    const d = (p.x - p.y) * (p.x + p.y) - p.y * 2 + p.x;
    s += q + (d - d) + (p.y - p.y) * p.x;
    p.x = p.x + 1;
    p.y = p.y + 0;
  }
  return s;
}
function weighted(h) {
  let s = 0;
  const v = h.v;
  for (let i = 0; i < v.length; i++) s += v[i] * h.scale + (v[i] - v[i]) * (v[i] + 1);
  h.v[0] = h.v[0] + 1;
  return s;
}
const ps = [new P(1, 2), new P(3, 4), new P(5, 6), new P(7, 8)];
const h = new Holder(5);
let a = 0;
let b = 0;
for (let r = 0; r < 800; r++) {
  if (r === 400) ps[1] = { y: 5, x: 7 };
  if (r === 450) h.v = [10, 20, 30];
  if (r === 500) ps[2] = ps[0];
  if (r === 550) h.v = [1.5, 2.5];
  if (r === 600) ps[3] = new P(0.5, -1);
  if (r === 650) h.v = [true, false, true];
  a += sumPoints(ps);
  b += weighted(h);
}
console.log(a, b, ps[0].x, ps[1].x, ps[2] === ps[0], h.v.join()); // expect: 3314300 266600 1101 407 true 151,false,true
