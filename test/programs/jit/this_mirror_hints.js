// A compiled caller hands its callee the address of the receiver's slot
// mirror (codegen.ts, directCall) only while that address is valid. Here the
// receiver's cached address goes stale between the read of the method and
// the call (a host call among the arguments writes every mirror back and the
// arena starts over), and every other iteration one more object of the same
// class is mirrored before the call, so the stale address would be another
// object's mirror: `bump` would work on b or c.
class Acc {
  constructor(v) {
    this.v = v;
    this.w = 0;
  }
  bump(k) {
    this.w = this.w + this.v * k;
    return this.w;
  }
}
function run(a, b, c, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += a.v;
    // the arguments are evaluated after `a.bump` is read: a builtin among them runs host code
    // (every mirror goes back), then b and, every other time, c are mirrored
    s += a.bump(isNaN(i) + (b.v % 7) + (i % 2 === 1 ? c.v % 3 : 0) + (i % 5));
    // (enough arithmetic for the loop to pay for being compiled)
    for (let j = 0; j < 30; j++) s += (i * j) % 7;
  }
  return s;
}
let total = 0;
for (let r = 0; r < 60; r++) total += run(new Acc(3), new Acc(1000), new Acc(50000), 100);
console.log(total); // expect: 8600100
