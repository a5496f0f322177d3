// A method read for `this.f(...)` through its cache in memory: the value a
// call site checked is the callee it was compiled against (an imported
// constant, codegen.ts cachedInMemory); a receiver of another class refills
// the cache with its own method, which the call then runs (or leaves for
// the VM), and the method returns to the first class's afterwards.
function id(x) { return x; }
class P {
  f(x) { return x + 1; }
  // (an argument that calls: the method is read before it, a GetNamed and a CallThis)
  run(n) { let s = 0; for (let i = 0; i < n; i++) s += this.f(id(i)); return s; }
}
class Q extends P { f(x) { return x * 2; } }
class R extends P { }
const p = new P();
const q = new Q();
const r = new R();
let out = [];
for (let round = 0; round < 6; round++) {
  out.push(p.run(3000), q.run(7), q.run(6), r.run(5), p.run(4));
}
console.log(out.join(" ")); // expect: 4501500 42 30 15 10 4501500 42 30 15 10 4501500 42 30 15 10 4501500 42 30 15 10 4501500 42 30 15 10 4501500 42 30 15 10
function each(objs, n) { let s = 0; for (let i = 0; i < n; i++) s += objs[i % objs.length].run(4); return s; }
console.log(each([p, q, p, r], 4000)); // expect: 42000
