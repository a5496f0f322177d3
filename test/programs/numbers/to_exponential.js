// Number.prototype.toExponential: rounding, digit counts, non-finite values and the range check.
console.log((123.456).toExponential(2), (0.000123).toExponential(), (-1.5).toExponential(0)); // expect: 1.23e+2 1.23e-4 -2e+0
console.log((0).toExponential(3), (-0).toExponential(), (1e21).toExponential(1), (5e-324).toExponential(2)); // expect: 0.000e+0 0e+0 1.0e+21 4.94e-324
console.log((2.5).toExponential(0), (1.25).toExponential(1), (9.995).toExponential(2)); // expect: 3e+0 1.3e+0 9.99e+0
console.log((1).toExponential("3"), (1).toExponential(1.9), (7).toExponential({ valueOf() { return 2; } })); // expect: 1.000e+0 1.0e+0 7.00e+0
console.log(NaN.toExponential(-5), Infinity.toExponential(200), (-Infinity).toExponential()); // expect: NaN Infinity -Infinity
for (const digits of [101, -1, Infinity]) {
  try {
    (1).toExponential(digits);
  } catch (e) {
    console.log(e.name + ": " + e.message); // expect: RangeError: toExponential() argument must be between 0 and 100
    // expect: RangeError: toExponential() argument must be between 0 and 100
    // expect: RangeError: toExponential() argument must be between 0 and 100
  }
}
