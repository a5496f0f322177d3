// Other TypeErrors raised by operators and builtins.
function attempt(f) {
  try {
    return String(f());
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
}
function nameOnly(f) {
  try {
    return String(f());
  } catch (e) {
    return e.name;
  }
}
console.log(attempt(() => "a" in "abc"));
// expect: TypeError: Cannot use 'in' operator to search for 'a' in abc
console.log(attempt(() => 1 instanceof 2));
// expect: TypeError: Right-hand side of 'instanceof' is not an object
console.log(attempt(() => ({}) instanceof {}));
// expect: TypeError: Right-hand side of 'instanceof' is not callable
console.log(attempt(() => [].reduce((a, b) => a + b)));
// expect: TypeError: Reduce of empty array with no initial value
console.log(attempt(() => [].reduceRight((a, b) => a + b)));
// expect: TypeError: Reduce of empty array with no initial value
console.log(attempt(() => [1].reduce((a, b) => a + b))); // expect: 1
console.log(attempt(() => null.length));
// expect: TypeError: Cannot read properties of null (reading 'length')
console.log(attempt(() => { const c = 1; c = 2; })); // expect: TypeError: Assignment to constant variable.
console.log(nameOnly(() => new Map([1, 2]))); // expect: TypeError
console.log(nameOnly(() => new Set(5))); // expect: TypeError
console.log(nameOnly(() => [...undefined])); // expect: TypeError
console.log(nameOnly(() => { const [a] = null; return a; })); // expect: TypeError
console.log(nameOnly(() => { const { a } = null; return a; })); // expect: TypeError
console.log(nameOnly(() => { for (const x of 5) return x; })); // expect: TypeError
