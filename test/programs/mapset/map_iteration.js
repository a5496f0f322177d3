// Map keys/values/entries, spread and for...of.
const m = new Map(Object.entries({ one: 1, two: 2, three: 3 }));
console.log([...m.keys()], [...m.values()]); // expect: [ 'one', 'two', 'three' ] [ 1, 2, 3 ]
for (const [k, v] of m.entries()) console.log(k, v * 10);
// expect: one 10
// expect: two 20
// expect: three 30
let total = 0;
for (const v of m.values()) total += v;
console.log(total); // expect: 6
const inverted = new Map([...m].map(([k, v]) => [v, k]));
console.log(inverted); // expect: Map(3) { 1 => 'one', 2 => 'two', 3 => 'three' }
const obj = {};
m.forEach((v, k) => { obj[k] = v; });
console.log(obj); // expect: { one: 1, two: 2, three: 3 }
console.log(Array.from(m).length, new Map(m).get("two"), new Map(m) === m); // expect: 3 2 false
