// -0, NaN branches, division and modulo corners, ToInt32 wrapping, in hot functions.
function lt(a, b) { if (!(a < b)) return 1; return 0; }
function ge(a, b) { if (a >= b) return 1; return 0; }
function md(a, b) { return a % b; }
function dv(a, b) { return a / b; }
function wrap(x) { return x | 0; }
function ushr(x) { return x >>> 0; }
function neg(x) { return -x; }
let s = 0;
for (let i = 0; i < 3000; i++) s += lt(i, 1500) + ge(i, 1500) + md(i, 7) + wrap(i * 1.5) + ushr(i);
console.log(s); // expect: 11257494
console.log(lt(NaN, 1), ge(NaN, 1), lt(1, NaN)); // expect: 1 0 1
console.log(md(-4, 2), md(5, 0), md(-2147483648, -1), md(7.5, 2)); // expect: -0 NaN -0 1.5
console.log(dv(1, 0), dv(-1, 0), dv(0, 0), dv(0, -1)); // expect: Infinity -Infinity NaN -0
console.log(wrap(4294967296 + 5), wrap(2147483648), wrap(-2147483649), wrap(1e21), wrap(NaN), wrap(-1.9)); // expect: 5 -2147483648 2147483647 -559939584 0 -1
console.log(ushr(-1), ushr(4294967297)); // expect: 4294967295 1
console.log(neg(0), neg(-2147483648), neg(3)); // expect: -0 2147483648 -3
