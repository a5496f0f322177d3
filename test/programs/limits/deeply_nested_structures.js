// Builtins that walk nested structures by recursion in V8 (JSON.stringify, join and toString,
// flat) overflow the stack on very deep nesting: a catchable RangeError, after which the
// program goes on; moderate nesting works.
function nestedArrays(depth) {
  const root = [];
  let current = root;
  for (let i = 0; i < depth; i++) { const next = []; current.push(next); current = next; }
  return root;
}
function nestedObjects(depth) {
  const root = {};
  let current = root;
  for (let i = 0; i < depth; i++) { current.a = {}; current = current.a; }
  return root;
}
const deep = nestedArrays(100000);
const attempts = [
  ["stringify array", () => JSON.stringify(deep).length],
  ["stringify object", () => JSON.stringify(nestedObjects(100000)).length],
  ["String", () => String(deep).length],
  ["join", () => deep.join("-").length],
  ["template", () => `${deep}`.length],
  ["flat", () => deep.flat(Infinity).length],
];
for (const [name, attempt] of attempts) {
  try { console.log(name, attempt()); } catch (e) { console.log(name, e.name, e.message); }
}
// expect: stringify array RangeError Maximum call stack size exceeded
// expect: stringify object RangeError Maximum call stack size exceeded
// expect: String RangeError Maximum call stack size exceeded
// expect: join RangeError Maximum call stack size exceeded
// expect: template RangeError Maximum call stack size exceeded
// expect: flat RangeError Maximum call stack size exceeded
const moderate = nestedArrays(1000);
moderate[0][0].push(1, 2);
console.log(JSON.stringify(moderate).length, String(moderate), moderate.flat(Infinity)); // expect: 2006 ,1,2 [ 1, 2 ]
console.log(JSON.stringify(nestedObjects(1000)).length); // expect: 6002
