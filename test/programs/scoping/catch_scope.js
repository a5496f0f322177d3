// The catch parameter is scoped to the catch block.
const e = "outer";
try {
  throw "inner";
} catch (e) {
  console.log(e); // expect: inner
  let local = e + "!";
  console.log(local); // expect: inner!
}
console.log(e, typeof local); // expect: outer undefined
try {
  throw { code: 42, detail: "x" };
} catch ({ code, detail }) {
  console.log(code, detail); // expect: 42 x
}
try {
  throw new Error("ignored");
} catch {
  console.log("no binding"); // expect: no binding
}
let fns = [];
for (let i = 0; i < 2; i++) {
  try { throw i * 10; } catch (v) { fns.push(() => v); }
}
console.log(fns.map((f) => f())); // expect: [ 0, 10 ]
