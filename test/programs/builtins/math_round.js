// Math.round rounds half up (toward +Infinity); floor/ceil/trunc.
console.log(Math.round(2.5), Math.round(3.5), Math.round(-2.5), Math.round(-0.5), Math.round(-0.6));
// expect: 3 4 -2 -0 -1
console.log(Math.round(0.49999999999999994), Math.round(-0), Math.round(1.4999), Math.round(NaN));
// expect: 0 -0 1 NaN
console.log(Object.is(Math.round(-0.5), -0), Object.is(Math.round(-0.2), -0), Object.is(Math.round(0.2), 0));
// expect: true true true
console.log(Math.floor(-1.5), Math.floor(1.5), Math.floor(-0), Math.floor(-0.5)); // expect: -2 1 -0 -1
console.log(Math.ceil(-1.5), Math.ceil(1.2), Math.ceil(-0.5), Object.is(Math.ceil(-0.5), -0));
// expect: -1 2 -0 true
console.log(Math.trunc(4.7), Math.trunc(-4.7), Math.trunc(-0.2), Math.trunc("12.9"), Math.trunc(Infinity));
// expect: 4 -4 -0 12 Infinity
console.log(Math.round(1e21 + 0.5), Math.round(2 ** 52 + 0.5), Math.floor(-(2 ** 53) - 0.5));
// expect: 1e+21 4503599627370496 -9007199254740992
console.log(Math.round("2.5"), Math.round(null), Math.round(undefined), Math.floor([7.9]));
// expect: 3 0 NaN 7
