// Assorted Math functions with exactly representable results.
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-0), Math.sqrt(Infinity));
// expect: 4 1.4142135623730951 -0 Infinity
console.log(Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2)); // expect: 3 -2 1.2599210498948732
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-5), Math.hypot(1, 1, 1, 1), Math.hypot(NaN, Infinity));
// expect: 5 0 5 2 Infinity
console.log(Math.pow(2, 0.5), Math.pow(4, -0.5), Math.pow(NaN, 0), Math.pow(0, 0));
// expect: 1.4142135623730951 0.5 1 1
console.log(Math.exp(0), Math.exp(1), Math.log(Math.E), Math.log(1), Math.log(0));
// expect: 1 2.718281828459045 1 0 -Infinity
console.log(Math.log2(8), Math.log2(1024), Math.log10(1000), Math.log10(0.001)); // expect: 3 10 3 -3
console.log(Math.log1p(0), Math.expm1(0), Math.log1p(-1)); // expect: 0 0 -Infinity
console.log(Math.atan2(1, 1), Math.atan2(0, -1), Math.atan2(-0, -1), Math.atan2(0, 0), Math.atan2(-0, 0));
// expect: 0.7853981633974483 3.141592653589793 -3.141592653589793 0 -0
console.log(Math.atan2(1, 0), Math.atan2(-1, 0), Math.atan2(Infinity, Infinity));
// expect: 1.5707963267948966 -1.5707963267948966 0.7853981633974483
console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.sin(-0)); // expect: 0 1 0 -0
console.log(Math.asin(1), Math.acos(1), Math.atan(Infinity), Math.acos(2));
// expect: 1.5707963267948966 0 1.5707963267948966 NaN
console.log(Math.sinh(0), Math.cosh(0), Math.tanh(Infinity), Math.asinh(0), Math.acosh(1), Math.atanh(0));
// expect: 0 1 1 0 0 0
