// With default, rest or destructured parameters, a body `var` named like a parameter is a
// binding of its own that starts with the parameter's value: closures in the parameter list
// keep seeing the parameter. A function declaration of that name wins over both.
function f(a, b = () => a) { var a; console.log(a, b()); a = 2; console.log(a, b()); }
f(1); // expect: 1 1
// expect: 2 1
function g(a = 1) { function a() {} console.log(typeof a); var a; }
g(); // expect: function
function h({ x }, y = x) { var x = x + 1; console.log(x, y); }
h({ x: 10 }); // expect: 11 10
function k(p = 1, q = () => p) { var p; var q; console.log(p, q()); p = 5; console.log(q()); }
k(); // expect: 1 1
// expect: 1
function m(a = 0) { console.log(a); { var a = 3; } console.log(a); for (var a of [7]) {} console.log(a); }
m(9); // expect: 9
// expect: 3
// expect: 7
const arrow = (a, b = a) => { var a = a * 2; const inner = () => a; return [a, b, inner()]; };
console.log(arrow(4)); // expect: [ 8, 4, 8 ]
function n(...rest) { var rest; console.log(rest); }
n(1, 2); // expect: [ 1, 2 ]
function capture(x, read = () => x) { var x = "body"; return [x, read()]; }
console.log(capture("param")); // expect: [ 'body', 'param' ]
function simple(a, b) { var a; var b = 3; return [a, b]; }
console.log(simple(1, 2)); // expect: [ 1, 3 ]
