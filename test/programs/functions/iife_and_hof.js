// Immediately invoked functions and higher-order helpers.
const result = (function (a, b) { return a * b; })(6, 7);
console.log(result); // expect: 42
const value = (() => {
  const parts = [];
  for (let i = 0; i < 3; i++) parts.push(i * i);
  return parts;
})();
console.log(value); // expect: [ 0, 1, 4 ]
function times(n, f) { for (let i = 0; i < n; i++) f(i); }
let acc = "";
times(4, (i) => { acc += i; });
console.log(acc); // expect: 0123
const twice = (f) => (x) => f(f(x));
console.log(twice((x) => x * 3)(2), twice(twice((s) => s + "!"))("hey")); // expect: 18 hey!!!!
const apply = (f, ...args) => f(...args);
console.log(apply(Math.pow, 2, 8), apply(String.fromCharCode, 79, 75)); // expect: 256 OK
