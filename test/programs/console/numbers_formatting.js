// Numbers inside containers use the same formatting as top-level ones.
console.log([0.1 + 0.2, 1e21, 1e-7, -1e-7, 123456789.123, 2 ** 53]);
// expect: [
// expect:   0.30000000000000004,
// expect:   1e+21,
// expect:   1e-7,
// expect:   -1e-7,
// expect:   123456789.123,
// expect:   9007199254740992
// expect: ]
console.log({ big: 1e300, small: 5e-324, inf: Infinity, nan: NaN });
// expect: { big: 1e+300, small: 5e-324, inf: Infinity, nan: NaN }
console.log([1.0, 2.50, -3.125, 100]); // expect: [ 1, 2.5, -3.125, 100 ]
console.log([1, 10, 100, 1000, 10000, 100000, 1000000]);
// expect: [ 1, 10, 100, 1000, 10000, 100000, 1000000 ]
console.log([1.5, 22.25, 333.125, 4444.0625, 5, 6, 7]); // expect: [ 1.5, 22.25, 333.125, 4444.0625, 5, 6, 7 ]
