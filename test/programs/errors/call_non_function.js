// Calling a non-function value.
const x = 5;
console.log("before"); // expect: before
x(); // expect runtime error: TypeError: x is not a function
