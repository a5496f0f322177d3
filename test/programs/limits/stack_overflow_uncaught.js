// Unbounded recursion without a handler terminates with a RangeError.
function down(n) {
  return down(n - 1) - 1;
}
console.log("start"); // expect: start
down(0); // expect runtime error: RangeError: Maximum call stack size exceeded
