// An error's stack is formatted when it is first read (V8 formats it lazily): an error renamed,
// or given a new message, before anything reads its stack shows the new name and message there;
// once read, the text stays. The uncaught-error line uses the same text.
const e = new Error("boom");
e.name = "X";
console.log(e.stack.split("\n")[0]); // expect: X: boom
e.name = "Y";
console.log(e.stack.split("\n")[0], String(e)); // expect: X: boom Y: boom
const t = new TypeError("t");
t.message = "changed";
const { stack } = t;
console.log(stack.split("\n")[0]); // expect: TypeError: changed
function firstLine(err) { return err.stack.split("\n")[0]; }
for (let i = 0; i < 3; i++) {
  const r = new RangeError("r" + i);
  r.name = "N" + i;
  console.log(firstLine(r)); // expect: N0: r0
  // expect: N1: r1
  // expect: N2: r2
}
const s = new Error("s");
s.stack = "replaced";
s.name = "Z";
console.log(s.stack); // expect: replaced
class MyError extends Error {}
const m = new MyError("m");
m.name = "Mine";
console.log(m["stack"].split("\n")[0]); // expect: Mine: m
throw m; // expect runtime error: Mine: m
