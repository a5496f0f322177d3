// Object.keys / values / entries.
const o = { one: 1, two: 2, three: 3 };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
// expect: [ 'one', 'two', 'three' ] [ 1, 2, 3 ] [ [ 'one', 1 ], [ 'two', 2 ], [ 'three', 3 ] ]
let total = 0;
for (const [k, v] of Object.entries(o)) total += k.length * v;
console.log(total); // expect: 24
console.log(Object.keys([4, 5, , 6]), Object.values("ab"), Object.entries([7]));
// expect: [ '0', '1', '3' ] [ 'a', 'b' ] [ [ '0', 7 ] ]
console.log(Object.keys({}), Object.entries({}).length); // expect: [] 0
const counts = {};
for (const w of "the cat and the hat and the bat".split(" ")) counts[w] = (counts[w] || 0) + 1;
console.log(counts); // expect: { the: 3, cat: 1, and: 2, hat: 1, bat: 1 }
const inverted = {};
for (const [k, v] of Object.entries({ a: "x", b: "y" })) inverted[v] = k;
console.log(inverted); // expect: { x: 'a', y: 'b' }
class K { constructor() { this.f = 1; } m() {} }
console.log(Object.keys(new K()), Object.keys(K.prototype)); // expect: [ 'f' ] []
