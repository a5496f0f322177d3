// A read of a prototype's method before a call with computed arguments
// (`this.f(this.h(n))`: GetNamed, then CallThis) is cached in memory across
// activations (codegen.ts, cachedInMemory), with a flag saying a CallThis
// checked the value it holds. Here a call among the arguments replaces the
// method and, in a nested activation, caches the new one; the outer call must
// not mark the new value as checked when it checks its own.
class A {
  f(x) {
    return x + 1;
  }
  g(n, swap) {
    let s = 0;
    for (let i = 0; i < 3; i++) {
      s += this.f(this.h(n + i, swap && i === 1));
      // (enough arithmetic for g to pay for being compiled)
      for (let j = 0; j < 40; j++) s = (s + j * i) % 1000003;
    }
    return s;
  }
  h(n, swap) {
    if (swap) {
      A.prototype.f = times100;
      this.g(n, false);
    }
    return n;
  }
}
const plus1 = A.prototype.f;
const times100 = function (x) {
  return x * 100;
};
const a = new A();
const out = [];
let t = 0;
for (let r = 0; r < 2000; r++) t += a.g(r % 50, false);
out.push(t);
// the swap: from now on f is times100
out.push(a.g(7, true));
t = 0;
for (let r = 0; r < 50; r++) t += a.g(r, false);
out.push(t);
A.prototype.f = plus1;
t = 0;
for (let r = 0; r < 50; r++) t += a.g(r, false);
out.push(t);
console.log(out.join(" ")); // expect: 4839000 3257 499500 120975
