// A method call site whose receivers have three classes (one a subclass
// overriding the method) calls the compiled method of each directly; a
// receiver of a fourth class, an object with the method as its own property,
// and a method replaced on a prototype all go through the VM, and the
// results stay JS's.
class A { constructor(v) { this.v = v; } get1() { return this.v + 1; } }
class B { constructor(v) { this.w = v; } get1() { return this.w * 2; } }
class C extends A { get1() { return this.v - 3; } }
class D { get1() { return 7; } }
function total(xs, n) {
  let t = 0;
  for (let r = 0; r < n; r++) for (let i = 0; i < xs.length; i++) t += xs[i].get1();
  return t;
}
const xs = [new A(1), new B(2), new C(3), new A(4), new B(5)];
let r = 0;
for (let k = 0; k < 200; k++) r = total(xs, 200);
console.log(r);
xs.push(new D());
console.log(total(xs, 3));
const odd = { get1() { return 100; } };
xs.push(odd);
console.log(total(xs, 2));
A.prototype.get1 = function () { return -1; };
console.log(total(xs, 2));
// expect: 4200
// expect: 84
// expect: 256
// expect: 238
