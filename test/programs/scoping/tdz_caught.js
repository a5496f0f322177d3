// TDZ errors can be caught; typeof does not protect against them.
try {
  console.log(a);
} catch (e) {
  console.log(e.name + ": " + e.message); // expect: ReferenceError: Cannot access 'a' before initialization
}
let a = 1;
try {
  typeof b;
} catch (e) {
  console.log(e instanceof ReferenceError, e.message); // expect: true Cannot access 'b' before initialization
}
const b = 2;
function readC() { return c; }
try {
  readC();
} catch (e) {
  console.log(String(e)); // expect: ReferenceError: Cannot access 'c' before initialization
}
let c = 3;
console.log(readC(), a, b); // expect: 3 1 2
{
  try {
    d = 5;
  } catch (e) {
    console.log(e.message); // expect: Cannot access 'd' before initialization
  }
  let d;
  console.log(d); // expect: undefined
}
try {
  let self = self + 1;
} catch (e) {
  console.log(e.message); // expect: Cannot access 'self' before initialization
}
