// parseFloat accepts a decimal prefix.
console.log(parseFloat("3.14"), parseFloat("3.14abc"), parseFloat("  -2.5e3xyz"), parseFloat(".5"));
// expect: 3.14 3.14 -2500 0.5
console.log(parseFloat("5."), parseFloat("-.5e-2"), parseFloat("1e"), parseFloat("1e+"), parseFloat("e5"));
// expect: 5 -0.005 1 1 NaN
console.log(parseFloat("Infinity"), parseFloat("-Infinityx"), parseFloat("infinity"), parseFloat("NaN"));
// expect: Infinity -Infinity NaN NaN
console.log(parseFloat("0x10"), parseFloat("1_000"), parseFloat("1,5"), parseFloat(""), parseFloat("+"));
// expect: 0 1 1 NaN NaN
console.log(parseFloat("-0"), Object.is(parseFloat("-0"), -0), parseFloat([]), parseFloat(["2.5", 1]));
// expect: -0 true NaN 2.5
console.log(parseFloat("1.7976931348623157e309"), parseFloat("5e-325"), parseFloat("0.1e1"), parseFloat("00.100"));
// expect: Infinity 0 1 0.1
console.log(parseFloat(true), parseFloat(null), parseFloat("12.3.4"), parseFloat("\t\n 9"));
// expect: NaN NaN 12.3 9
