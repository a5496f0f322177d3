// Destructuring in loop heads and catch clauses.
const points = [{ x: 1, y: 2 }, { x: 3 }, { y: 4 }];
for (const { x = 0, y = 0 } of points) console.log(x + y);
// expect: 3
// expect: 3
// expect: 4
for (const [key, { length }] of Object.entries({ a: "xx", b: "yyy" })) console.log(key, length);
// expect: a 2
// expect: b 3
let total = 0;
for (let [a, b] = [0, 1]; a < 50; [a, b] = [b, a + b]) total += a;
console.log(total); // expect: 88
try {
  throw { code: 404, details: { path: "/x" } };
} catch ({ code, details: { path }, missing = "none" }) {
  console.log(code, path, missing); // expect: 404 /x none
}
const matrix = [[1, 2], [3, 4]];
for (const [[a], [b]] of [matrix]) console.log(a, b); // expect: 1 3
