// A block checks an object's slot mirror and shape once and trusts them for
// the block's later accesses (codegen.ts, provedShape) until host code may
// have run: here a read that usually finds an own property of one shape
// meets an object of another shape, which the host reads (writing every
// mirror back) between the block's first read of p and its later reads and
// writes of p.
class V { constructor(x) { this.x = x; this.y = x + 1; } }
class Q { constructor(v) { this.v = v; } }
function sweep(ps, qs, odd, n, late) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const p = ps[i % 3];
    const q = i < late ? qs[i % 4] : odd[i % 4];
    s += p.x;
    s += q.v; // another shape after `late` iterations: read through the host
    s += p.y;
    p.x = p.x + 1;
    p.y = p.y + 2;
  }
  return s;
}
const ps = [new V(1), new V(2), new V(3)];
const qs = [new Q(1), new Q(2), new Q(3), new Q(4)];
const odd = [new Q(1), new Q(2), { w: 0, v: 7 }, new Q(4)];
function drive(rounds) {
  let t = 0;
  for (let r = 0; r < rounds; r++) t += sweep(ps, qs, odd, 40, r === rounds - 1 ? 20 : 40);
  return t;
}
console.log(drive(3000), ps.map((p) => [p.x, p.y]).join(" ")); // expect: 7209714020 42001,84002 39002,78003 39003,78004
