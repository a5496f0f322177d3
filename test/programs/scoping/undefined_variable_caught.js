// ReferenceError for undeclared names can be caught.
try {
  console.log(nope + 1);
} catch (e) {
  console.log(e.name); // expect: ReferenceError
  console.log(e.message); // expect: nope is not defined
  console.log(e instanceof ReferenceError, e instanceof Error); // expect: true true
}
function use() { return alsoMissing(); }
try {
  use();
} catch (e) {
  console.log(String(e)); // expect: ReferenceError: alsoMissing is not defined
}
console.log(typeof nope === "undefined"); // expect: true
