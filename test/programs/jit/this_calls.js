// `this.f(...)` calls (GetNamed of a prototype's method, then CallThis): the
// read is cached per receiver shape and method epoch, the callee check once
// per value read. A method replaced from compiled code and from the VM must be
// the one called next, and an own property that shadows it on one receiver
// (another shape) must win there.
const triple = function (x) {
  return x * 3 * this.k;
};
class Walker {
  constructor() {
    this.total = 0;
    this.k = 1;
    this.calls = 0;
  }
  visit(n) {
    // several reads of this.weigh per activation: the cache lives in the activation's locals
    for (let i = 0; i < 4; i++) {
      this.calls = this.calls + 1;
      this.total = (this.total + this.weigh(n + i)) % 1000003;
      if (this.calls === 1498) Walker.prototype.weigh = triple; // mid-activation: two more reads follow
    }
    if (n > 1) {
      this.visit(n - 1);
      this.visit(n - 2);
    }
  }
  weigh(x) {
    return x + this.k;
  }
}
const orig = Walker.prototype.weigh;
const out = [];
for (let r = 0; r < 3; r++) {
  Walker.prototype.weigh = orig;
  const w = new Walker();
  w.visit(16);
  out.push(w.total, w.calls);
}
const w2 = new Walker();
w2.weigh = function (x) {
  return 7;
};
w2.visit(10);
out.push(w2.total, w2.calls);
console.log(out.join(" ")); // expect: 128602 12772 128602 12772 128602 12772 4956 708
