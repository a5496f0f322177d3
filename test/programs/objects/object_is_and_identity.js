// Object.is and reference identity.
console.log(Object.is(1, 1), Object.is("a", "a"), Object.is({}, {})); // expect: true true false
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is(null, undefined));
// expect: true false true false
const a = { v: 1 };
const b = a;
b.v = 2;
console.log(a.v, Object.is(a, b)); // expect: 2 true
function mutate(obj) { obj.v = 3; obj = { v: 4 }; return obj; }
const c = mutate(a);
console.log(a.v, c.v); // expect: 3 4
const list = [a, a];
list[0].v = 5;
console.log(list[1].v); // expect: 5
