// \`objs[i].f(arg + r)\` compiles as a GetNamed of the method, the argument,
// then CallThis: over three classes the call goes to each compiled method
// directly. Then arguments of other types (a double, a string), a method
// that throws, and a receiver whose f is an own closure.
class A { f(x) { return x + 0.25; } }
class B { f(x) { return x * 0.5; } }
class C { f(x) { if (x > 1e6) throw new Error("big " + x); return x - 0.75; } }
class D { constructor() { this.f = (x) => x * 100; } }
function drive(objs, n, arg) {
  let t = 0;
  for (let r = 0; r < n; r++) for (let i = 0; i < objs.length; i++) t += objs[i].f(arg + r);
  return t;
}
const objs = [new A(), new B(), new C()];
let r = 0;
for (let k = 0; k < 300; k++) r = drive(objs, 30, 1);
console.log(r);
console.log(drive(objs, 3, 2.5));
try { console.log(drive(objs, 3, 2e6)); } catch (e) { console.log(e.message); }
console.log(drive(objs, 2, "s"));
console.log(drive([new A(), new D(), new B()], 2, 1));
console.log(drive(objs, 3, 1));
// expect: 1147.5
// expect: 24.75
// expect: big 2000000
// expect: 0s00.25NaNNaNs10.25NaNNaN
// expect: 305
// expect: 13.5
