// &&=, ||= and ??= only assign (and only evaluate the right side) when needed.
let calls = 0;
const rhs = (v) => { calls++; return v; };
let a = 0;
a ||= rhs(7); console.log(a, calls); // expect: 7 1
a ||= rhs(8); console.log(a, calls); // expect: 7 1
let b = 1;
b &&= rhs(2); console.log(b, calls); // expect: 2 2
b = 0;
b &&= rhs(3); console.log(b, calls); // expect: 0 2
let c = null;
c ??= rhs("x"); console.log(c, calls); // expect: x 3
c ??= rhs("y"); console.log(c, calls); // expect: x 3
let d = 0;
d ??= rhs(5); console.log(d, calls); // expect: 0 3
let e = "";
e ||= "default"; console.log(e); // expect: default
const o = { n: undefined, z: 0 };
o.n ??= 42;
o.z ??= 43;
o.z ||= 44;
o.m &&= 45;
console.log(o); // expect: { n: 42, z: 44 }
console.log("m" in o); // expect: false
