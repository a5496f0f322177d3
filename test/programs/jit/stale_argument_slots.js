// Found by the fuzz test (seed 433018): a call from the host into compiled
// code whose second argument did not fit the compiled type ran in the VM,
// but left the first argument in the slots the host shares between calls;
// the next host call of a method without parameters passed it as that
// method's `this` mirror address, and the method read outside memory.
let v2 = -2147483648;
let v3 = 0;
function f(x, y) {
  return g(v2, y) == v2 / y;
}
function g(x, y) {
  return x === y ? x : typeof x === "number" ? x * 2 : y;
}
class Q {
  constructor(x) {
    this.y = 0;
    this.x = x;
  }
  get() {
    return this.x * 2;
  }
}
function poly(x) {
  const o = new Q(x);
  let t = 0;
  for (let j = 0; j < 20; j++) t = o.get();
  return [t, o.x];
}
for (let i = 0; i < 40; i++) v3 = f(i, f(v3, i));
console.log(poly(v2 || 5), v3);
// expect: [ -4294967296, -2147483648 ] false
