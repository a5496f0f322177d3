// Function declarations, expressions and arrows.
function decl(a, b) { return a + b; }
const expr = function (a, b) { return a * b; };
const arrow = (a, b) => a - b;
const arrowBlock = (a) => { const d = a * 2; return d; };
const noParens = x => x + 1;
const returnsObject = () => ({ ok: true });
console.log(decl(1, 2), expr(3, 4), arrow(5, 6), arrowBlock(7), noParens(8)); // expect: 3 12 -1 14 9
console.log(returnsObject(), (() => {})(), (function () {})()); // expect: { ok: true } undefined undefined
console.log(decl(1), decl(1, 2, 3), decl("a", "b")); // expect: NaN 3 ab
console.log(((x) => x * x)(9), (function (y) { return -y; })(3)); // expect: 81 -3
function noReturn() { const x = 1; }
function emptyReturn() { return; }
console.log(noReturn(), emptyReturn()); // expect: undefined undefined
const fns = [decl, expr, arrow];
console.log(fns.map((f) => f(10, 2))); // expect: [ 12, 20, 8 ]
