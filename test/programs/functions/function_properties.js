// name and length of functions.
function f(a, b, c) {}
function g(a, b = 2, c) {}
function h(...r) {}
const arrow = (x, y) => x;
const anon = [function () {}][0];
console.log(f.name, f.length, g.length, h.length, arrow.length, arrow.name); // expect: f 3 1 0 2 arrow
console.log(JSON.stringify(anon.name), typeof f.name); // expect: "" string
class C { m(a) {} static s(a, b) {} }
console.log(C.name, C.prototype.m.name, C.prototype.m.length, C.s.name, C.s.length); // expect: C m 1 s 2
const bound = f.bind(null, 1);
console.log(bound.name, bound.length); // expect: bound f 2
const o = { ["comp" + "uted"]: () => 1, short() {} };
console.log(o.computed.name, o.short.name); // expect: computed short
f.custom = "extra";
console.log(f.custom, typeof f); // expect: extra function
