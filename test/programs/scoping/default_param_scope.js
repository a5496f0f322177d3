// Default parameters can see earlier parameters but not later ones.
function f(a, b = a * 2, c = a + b) { return [a, b, c]; }
console.log(f(1), f(1, 5), f(1, undefined, 0), f(1, null));
// expect: [ 1, 2, 3 ] [ 1, 5, 6 ] [ 1, 2, 0 ] [ 1, null, 1 ]
function g(a = b, b = 1) { return [a, b]; }
console.log(g(7)); // expect: [ 7, 1 ]
try {
  g();
} catch (e) {
  console.log(e.name + ": " + e.message); // expect: ReferenceError: Cannot access 'b' before initialization
}
let counter = 0;
function h(x = ++counter) { return x; }
console.log(h(), h(), h(100), counter); // expect: 1 2 100 2
const scale = 3;
function k(x, y = x * scale) { const scale = 100; return y; }
console.log(k(2)); // expect: 6
function arr(list = []) { list.push(1); return list.length; }
console.log(arr(), arr(), arr([5, 5])); // expect: 1 1 3
