// Nested patterns over Maps, strings and objects with arrays.
const m = new Map([["a", { v: [1, 2] }], ["b", { v: [3] }]]);
for (const [key, { v: [first, second = "none"] }] of m) console.log(key, first, second);
// expect: a 1 2
// expect: b 3 none
const [[k1, v1], [k2]] = m;
console.log(k1, v1, k2); // expect: a { v: [ 1, 2 ] } b
const [c1, c2, ...cs] = "hello";
console.log(c1, c2, cs); // expect: h e [ 'l', 'l', 'o' ]
const { data: { items: [, { id } = {}] = [] } = {} } = { data: { items: [{ id: 1 }, { id: 2 }] } };
console.log(id); // expect: 2
const { data: { items: [, { id: id2 = "dflt" } = {}] = [] } = {} } = {};
console.log(id2); // expect: dflt
const entries = Object.entries({ x: 1, y: 2 });
for (const [k, v] of entries) console.log(`${k}->${v}`);
// expect: x->1
// expect: y->2
