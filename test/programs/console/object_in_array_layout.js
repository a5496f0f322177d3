// Arrays of objects and objects of arrays.
console.log([{ id: 1, name: "ann" }, { id: 2, name: "bob" }]);
// expect: [ { id: 1, name: 'ann' }, { id: 2, name: 'bob' } ]
console.log([{ id: 1, name: "ann", email: "ann@example.com" }, { id: 2, name: "bob", email: "bob@example.com" }]);
// expect: [
// expect:   { id: 1, name: 'ann', email: 'ann@example.com' },
// expect:   { id: 2, name: 'bob', email: 'bob@example.com' }
// expect: ]
console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] });
// expect: { matrix: [ [ 1, 2, 3 ], [ 4, 5, 6 ], [ 7, 8, 9 ] ] }
const rows = [];
for (let i = 0; i < 8; i++) rows.push({ i });
console.log(rows);
// expect: [
// expect:   { i: 0 }, { i: 1 },
// expect:   { i: 2 }, { i: 3 },
// expect:   { i: 4 }, { i: 5 },
// expect:   { i: 6 }, { i: 7 }
// expect: ]
