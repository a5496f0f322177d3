// Destructuring undefined/null throws; missing nested objects throw too.
function tryIt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name);
  }
}
tryIt("undefined object", () => { const { a } = undefined; return a; }); // expect: undefined object TypeError
tryIt("null array", () => { const [a] = null; return a; }); // expect: null array TypeError
tryIt("nested missing", () => { const { a: { b } } = {}; return b; }); // expect: nested missing TypeError
tryIt("nested default ok", () => { const { a: { b } = { b: "dflt" } } = {}; return b; });
// expect: nested default ok dflt
tryIt("number object", () => { const { toFixed } = 5; return typeof toFixed; });
// expect: number object function
tryIt("empty pattern", () => { const {} = 0; return "fine"; }); // expect: empty pattern fine
tryIt("empty array pattern", () => { const [] = []; return "fine"; }); // expect: empty array pattern fine
