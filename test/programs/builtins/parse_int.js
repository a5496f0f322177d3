// parseInt with radix, whitespace, signs and garbage.
console.log(parseInt("42"), parseInt("  42  "), parseInt("42px"), parseInt("px42")); // expect: 42 42 42 NaN
console.log(parseInt("-17"), parseInt("+17"), parseInt("- 17"), parseInt("3.99"), parseInt("-0"));
// expect: -17 17 NaN 3 -0
console.log(parseInt("0x1F"), parseInt("0x1F", 16), parseInt("1F", 16), parseInt("0x1F", 10), parseInt("0X10"));
// expect: 31 31 31 0 16
console.log(parseInt("101", 2), parseInt("777", 8), parseInt("z", 36), parseInt("Z", 36), parseInt("10", 37));
// expect: 5 511 35 35 NaN
console.log(parseInt("10", 1), parseInt("10", 0), parseInt("2", 2), parseInt("12", 2), parseInt("019"));
// expect: NaN 10 NaN 1 19
console.log(parseInt(""), parseInt("  "), parseInt("abc"), parseInt(null), parseInt("Infinity"));
// expect: NaN NaN NaN NaN NaN
console.log(parseInt(15.99), parseInt(0.0000005), parseInt(1e21), parseInt("1e3"), parseInt(-0.9));
// expect: 15 5 1 1 -0
console.log(parseInt("123456789012345678901234567890"), parseInt("ff", "16"), parseInt("11", 2.7));
// expect: 1.2345678901234568e+29 255 3
console.log(parseInt("\n\t 7 \n"), parseInt("0b11"), parseInt("0o7"), parseInt("٣")); // expect: 7 0 0 NaN
