// Slot-mirror addresses handed from a compiled caller to its compiled callee
// with each object argument: the callee reads and writes the caller's mirror,
// a host call in between (an exec, an append) writes every mirror back, and a
// callee handed two objects, or one object twice, or a reassigned parameter
// must still see and leave the right numbers.
class P { constructor(x, y) { this.x = x; this.y = y; } }
function nudge(p, q, d) { p.x += d; q.y -= d; return p.x * 2 + q.y; }
const seen = [];
function logAt(p, i) { if (i % 500 === 0) seen.push(`${i}: ${p.x} ${p.y}`); return p.x; }
function swapFirst(p, q) { p = q; return p.x + p.y; }
function drive(n) {
  const a = new P(1, 2.5);
  const b = new P(10, -4);
  let s = 0;
  for (let i = 0; i < n; i++) {
    a.x = a.x + 1;
    s += nudge(a, b, 0.5);
    s += nudge(a, a, 1);
    if (i % 500 === 0) s += logAt(a, i);
    s += swapFirst(a, b);
    b.y = b.y + a.x;
    if (i % 700 === 0) [].push(i);
  }
  return [s, a.x, a.y, b.x, b.y];
}
console.log(drive(2000)); // expect: [ 6686691514, 5001, -1997.5, 10, 5003496 ]
console.log(seen.join(" | ")); // expect: 0: 3.5 1.5 | 500: 1253.5 -498.5 | 1000: 2503.5 -998.5 | 1500: 3753.5 -1498.5
console.log(drive(3)); // expect: [ 97, 8.5, -0.5, 10, 12.5 ]
