// Method caches that outlive an activation (codegen.ts, METHOD_CACHE_SIZE):
// a recursion entered from the VM again and again keeps, in memory, the
// receiver shape its `this.step(...)` call last passed with. Between two
// entries the VM (the top-level loop, too short to be compiled) replaces and
// restores the prototype's method: every entry must look it up again.
class Walker {
  constructor() {
    this.n = 0;
  }
  step(k) {
    return k + 1;
  }
  walk(depth) {
    this.n = this.n + 1;
    if (depth === 0) return this.step(0);
    return this.step(depth) + this.walk(depth - 1);
  }
}
const original = Walker.prototype.step;
const times100 = function (k) {
  return k * 100;
};
const w = new Walker();
let total = 0;
for (let r = 0; r < 400; r++) {
  if (r % 50 === 25) Walker.prototype.step = times100;
  if (r % 50 === 27) Walker.prototype.step = original;
  total += w.walk(20) * (r + 1);
}
console.log(total, w.n); // expect: 85485456 8400
