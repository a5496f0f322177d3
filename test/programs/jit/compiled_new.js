// `new C(...)` compiled: the host allocates the object as the VM would and
// the constructor's unit is called directly with it as `this`. Everything
// around that must stay JS: the global rebound to another class (the guard
// before anything happens), a constructor that throws, one that deopts
// halfway (a property of another type), a class without a constructor, a
// function constructor with prototype methods, an early `return;`, one that
// returns an object (not compiled so: the object is the value), missing and
// extra arguments, a `new` inside a constructor, and the shapes and key
// orders the instances end up with.
class Node2 {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }
  count() {
    return this.left === null ? 1 : 1 + this.left.count() + this.right.count();
  }
}
function tree(d) {
  if (d === 0) return new Node2(null, null);
  return new Node2(tree(d - 1), tree(d - 1));
}
let total = 0;
for (let i = 0; i < 60; i++) total += tree(7).count();
console.log("trees", total);

class A { constructor(x) { this.x = x; } }
class B { constructor(x) { this.x = -x; this.tag = "b"; } }
let K = A;
function make(i) { return new K(i); }
// (constructed once before make is compiled, so its compiled `new` calls A's compiled constructor)
new A(0);
let s = 0;
for (let i = 0; i < 3000; i++) {
  if (i === 2000) K = B;
  const o = make(i);
  s += o.x + (o instanceof B ? 1 : 0);
}
console.log("rebound", s, Object.keys(make(1)).join());

class Thrower { constructor(v) { if (v % 1000 === 999) throw new RangeError("bad " + v); this.v = v; } }
function build(n) { let t = 0; for (let i = 0; i < n; i++) t += new Thrower(i).v; return t; }
for (let k = 0; k < 3; k++) {
  try { console.log("built", build(900 + k * 100)); } catch (e) { console.log("caught", e.name, e.message); }
}

class Point { constructor(x, y) { this.x = x; this.y = y; this.len = x * x + y * y; } }
function points(n) { let t = 0; for (let i = 0; i < n; i++) { const p = new Point(i, i < 2500 ? i + 1 : i + 0.5); t += p.len; } return t; }
console.log("points", points(4000), JSON.stringify(new Point(1.5, 2)));

class Bare {}
class Derived2 extends Bare { constructor() { super(); this.d = 1; } }
function P(x) { this.x = x; }
P.prototype.twice = function () { return this.x * 2; };
class Early { constructor(a) { if (a > 10) return; this.a = a; } }
function Obj(a) { this.a = a; return { other: a }; }
function mix(n) {
  let t = 0;
  for (let i = 0; i < n; i++) {
    const b = new Bare();
    const p = new P(i);
    const e = new Early(i % 20);
    const o = new Obj(i);
    const d = new Derived2();
    t += (b instanceof Bare ? 1 : 0) + p.twice() + (e.a === undefined ? 100 : e.a) + (o.other === i && o.a === undefined ? 1 : 0) + d.d;
  }
  return t;
}
console.log("mix", mix(3000));

class Args { constructor(a, b, c) { this.sum = (a ?? 0) + (b ?? 0) + (c ?? 0); } }
function args(n) { let t = 0; for (let i = 0; i < n; i++) t += new Args(i).sum + new Args(i, 1, 2, 3).sum; return t; }
console.log("args", args(3000));

class Chain { constructor(d) { this.d = d; this.next = d > 0 ? new Chain(d - 1) : null; } }
function chains(n) { let t = 0; for (let i = 0; i < n; i++) { let c = new Chain(i % 12); while (c !== null) { t += c.d; c = c.next; } } return t; }
console.log("chains", chains(2000));
const distinct = [];
for (let i = 0; i < 3; i++) distinct.push(make(i));
console.log(distinct[0] !== distinct[1], distinct.map((o) => o.x).join(), new Node2(1, 2), new P(3));
// expect: trees 15300
// expect: rebound -499500 x,tag
// expect: built 404550
// expect: caught RangeError bad 999
// expect: caught RangeError bad 999
// expect: points 42661792625 {"x":1.5,"y":2,"len":6.25}
// expect: mix 9149250
// expect: args 9006000
// expect: chains 47560
// expect: true 0,-1,-2 Node2 { left: 1, right: 2 } P { x: 3 }
