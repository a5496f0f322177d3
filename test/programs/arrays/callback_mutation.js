// Iteration methods fix their range up front and skip deleted elements.
const a = [1, 2, 3];
const seen = a.map((x, i, arr) => {
  if (i === 0) arr.push(99);
  return x * 10;
});
console.log(seen, a); // expect: [ 10, 20, 30 ] [ 1, 2, 3, 99 ]
const b = [1, 2, 3, 4];
const visited = [];
b.forEach((x, i, arr) => {
  visited.push(x);
  if (i === 0) delete arr[2];
});
console.log(visited, b); // expect: [ 1, 2, 4 ] [ 1, 2, <1 empty item>, 4 ]
const c = [1, 2, 3, 4];
const filtered = c.filter((x, i, arr) => {
  if (i === 0) arr[3] = 40;
  return x % 2 === 0;
});
console.log(filtered); // expect: [ 2, 40 ]
const d = [5, 6, 7];
const found = d.find((x, i, arr) => {
  if (i === 0) arr.length = 1;
  return x === undefined;
});
console.log(found, d); // expect: undefined [ 5 ]
const e = [1, 2, 3];
const r = e.reduce((acc, x, i, arr) => {
  if (i === 1) arr.pop();
  return acc + x;
}, 0);
console.log(r, e); // expect: 3 [ 1, 2 ]
