// The in operator checks own and inherited properties.
const o = { a: 1, b: undefined, 3: "three" };
console.log("a" in o, "b" in o, "c" in o); // expect: true true false
console.log(3 in o, "3" in o, "toString" in o); // expect: true true true
const arr = [10, 20, , 40];
console.log(0 in arr, 2 in arr, 3 in arr, 4 in arr, "length" in arr); // expect: true false true false true
class P { constructor() { this.own = 1; } method() {} }
const p = new P();
console.log("own" in p, "method" in p, "missing" in p); // expect: true true false
const m = new Map([["k", 1]]);
console.log("k" in m, "size" in m, "get" in m); // expect: false true true
delete o.a;
console.log("a" in o); // expect: false
o.b = 2;
console.log("b" in o, !("z" in o)); // expect: true true
