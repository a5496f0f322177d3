// Function declarations are hoisted with their body.
console.log(square(4)); // expect: 16
function square(x) { return x * x; }
console.log(typeof later, typeof expr); // expect: function undefined
function later() {}
var expr = function () {};
console.log(typeof expr); // expect: function
function outer() {
  return helper() + 1;
  function helper() { return 41; }
}
console.log(outer()); // expect: 42
console.log(isEven(10), isOdd(7)); // expect: true true
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
function wrapper() {
  function dup() { return "first"; }
  function dup() { return "second"; }
  return dup();
}
console.log(wrapper()); // expect: second
