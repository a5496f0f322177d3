// Set keys/values/entries and forEach.
const s = new Set(["a", "b"]);
console.log([...s.keys()], [...s.values()], [...s.entries()]);
// expect: [ 'a', 'b' ] [ 'a', 'b' ] [ [ 'a', 'a' ], [ 'b', 'b' ] ]
s.forEach((v, k, set) => console.log(v, k, set === s));
// expect: a a true
// expect: b b true
const union = new Set([...new Set([1, 2, 3]), ...new Set([3, 4])]);
const inter = [...new Set([1, 2, 3])].filter((x) => new Set([2, 3, 4]).has(x));
console.log(union, inter); // expect: Set(4) { 1, 2, 3, 4 } [ 2, 3 ]
for (const x of new Set([5, 6])) console.log("item", x);
// expect: item 5
// expect: item 6
