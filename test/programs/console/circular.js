// Circular references print as [Circular *n].
const self = {};
self.self = self;
console.log(self); // expect: <ref *1> { self: [Circular *1] }
const arr = [1];
arr.push(arr);
console.log(arr); // expect: <ref *1> [ 1, [Circular *1] ]
const a = { name: "a" };
const b = { name: "b", a };
a.b = b;
console.log(a); // expect: <ref *1> { name: 'a', b: { name: 'b', a: [Circular *1] } }
console.log([a]); // expect: [ <ref *1> { name: 'a', b: { name: 'b', a: [Circular *1] } } ]
const m = new Map();
m.set("me", m);
console.log(m); // expect: <ref *1> Map(1) { 'me' => [Circular *1] }
