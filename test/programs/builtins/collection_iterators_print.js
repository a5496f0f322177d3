// console.log of Map and Set iterators shows what they have not given yet, as
// node does (`[Map Iterator] { 'a', 'b' }`); they printed as `Map Iterator {}`.
const m = new Map([["a", 1], ["b", { x: [1, 2] }], [3, "c"]]);
console.log(m.keys(), m.values(), m.entries());
const it = m.entries();
it.next();
console.log(it);
const s = new Set([1, "two", [3]]);
console.log(s.values(), s.keys(), s.entries());
const si = s.values();
si.next();
si.next();
si.next();
console.log(si, [...m.keys()], Array.from(s.entries()));
for (const [k, v] of m) console.log(k, v);
console.log(new Map().keys(), new Set().entries());
// expect: [Map Iterator] { 'a', 'b', 3 } [Map Iterator] { 1, { x: [ 1, 2 ] }, 'c' } [Map Entries] { [ 'a', 1 ], [ 'b', { x: [ 1, 2 ] } ], [ 3, 'c' ] }
// expect: [Map Entries] { [ 'b', { x: [ 1, 2 ] } ], [ 3, 'c' ] }
// expect: [Set Iterator] { 1, 'two', [ 3 ] } [Set Iterator] { 1, 'two', [ 3 ] } [Set Entries] { [ 1, 1 ], [ 'two', 'two' ], [ [ 3 ], [ 3 ] ] }
// expect: [Set Iterator] {  } [ 'a', 'b', 3 ] [ [ 1, 1 ], [ 'two', 'two' ], [ [ 3 ], [ 3 ] ] ]
// expect: a 1
// expect: b { x: [ 1, 2 ] }
// expect: 3 c
// expect: [Map Iterator] {  } [Set Entries] {  }
