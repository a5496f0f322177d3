// Math.max/min with no args, NaN and -0; Math.sign and Math.abs.
console.log(Math.max(), Math.min(), Math.max(1), Math.min(1, 2, -3)); // expect: -Infinity Infinity 1 -3
console.log(Math.max(1, NaN), Math.min(NaN, 1), Math.max("7", 3), Math.min("x", 1)); // expect: NaN NaN 7 NaN
console.log(Object.is(Math.max(-0, 0), 0), Object.is(Math.min(0, -0), -0), Object.is(Math.max(-0, -0), -0));
// expect: true true true
console.log(Math.max(...[4, 9, 2]), Math.min(...[]), Math.max(null, -1), Math.max(undefined, 1));
// expect: 9 Infinity 0 NaN
console.log(Math.sign(5), Math.sign(-5), Math.sign(0), Math.sign(-0), Math.sign(NaN), Math.sign("-3"));
// expect: 1 -1 0 -0 NaN -1
console.log(Math.abs(-5), Math.abs(5), Math.abs(-0), Math.abs("-2"), Math.abs(null), Math.abs(-Infinity));
// expect: 5 5 0 2 0 Infinity
console.log(Math.abs(-2147483648), Math.abs([-3]), Math.abs([1, 2])); // expect: 2147483648 3 NaN
