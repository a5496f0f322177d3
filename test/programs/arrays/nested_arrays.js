// Matrices as arrays of arrays.
const m = [[1, 2, 3], [4, 5, 6]];
const t = m[0].map((_, c) => m.map((row) => row[c]));
console.log(t); // expect: [ [ 1, 4 ], [ 2, 5 ], [ 3, 6 ] ]
const mul = (a, b) => a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
console.log(mul(m, t)); // expect: [ [ 14, 32 ], [ 32, 77 ] ]
const id = [];
for (let i = 0; i < 3; i++) {
  id.push([]);
  for (let j = 0; j < 3; j++) id[i].push(i === j ? 1 : 0);
}
console.log(id); // expect: [ [ 1, 0, 0 ], [ 0, 1, 0 ], [ 0, 0, 1 ] ]
console.log(m.length, m[1].length, m[1][2], m[2]); // expect: 2 3 6 undefined
const jag = [[1], [2, 3], [], [4, 5, 6]];
console.log(jag.map((r) => r.length), jag[3][jag[3].length - 1]); // expect: [ 1, 2, 0, 3 ] 6
