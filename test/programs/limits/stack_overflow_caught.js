// Unbounded recursion raises a catchable RangeError.
function recurse(n) {
  return recurse(n + 1) + 1;
}
try {
  recurse(0);
  console.log("not reached");
} catch (e) {
  console.log("caught", e instanceof RangeError, e.name); // expect: caught true RangeError
  console.log(e.message); // expect: Maximum call stack size exceeded
}
console.log("still running", [1, 2, 3].map((x) => x * 2)); // expect: still running [ 2, 4, 6 ]
