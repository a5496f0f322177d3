// Converting between arrays, Maps and Sets.
const words = ["a", "bb", "a", "ccc", "bb"];
const unique = Array.from(new Set(words));
console.log(unique, [...new Set(words)].length); // expect: [ 'a', 'bb', 'ccc' ] 3
const lengths = new Map(unique.map((w) => [w, w.length]));
console.log(lengths, Array.from(lengths.keys()), Array.from(lengths.values()));
// expect: Map(3) { 'a' => 1, 'bb' => 2, 'ccc' => 3 } [ 'a', 'bb', 'ccc' ] [ 1, 2, 3 ]
const obj = {};
for (const [k, v] of lengths) obj[k] = v;
console.log(obj); // expect: { a: 1, bb: 2, ccc: 3 }
console.log(Array.from(lengths, ([k, v]) => k + v)); // expect: [ 'a1', 'bb2', 'ccc3' ]
