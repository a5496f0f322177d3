// for...in enumerates integer keys ascending, then string keys in insertion order.
const o = { b: 1, 2: "two", a: 2, 1: "one", "-1": "neg", 10: "ten", "01": "lead" };
const keys = [];
for (const k in o) keys.push(k);
console.log(keys.join(" ")); // expect: 1 2 10 b a -1 01
console.log(Object.keys(o).join(" ")); // expect: 1 2 10 b a -1 01
const arr = ["x", "y", , "z"];
arr.extra = true;
const ak = [];
for (const i in arr) ak.push(i + ":" + typeof i);
console.log(ak.join(" ")); // expect: 0:string 1:string 3:string extra:string
class Base { constructor() { this.own = 1; } method() {} }
const inst = new Base();
inst.later = 2;
const ik = [];
for (const k in inst) ik.push(k);
console.log(ik.join(" ")); // expect: own later
let n = 0;
for (const k in {}) n++;
for (const k in "ab") n += Number(k) + 1;
console.log(n); // expect: 3
let x;
for (x in { p: 1, q: 2 });
console.log(x); // expect: q
