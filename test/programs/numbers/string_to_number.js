// ToNumber applied to strings and other values.
console.log("5" * "2", "5" - 2, "5" / "2", "6" % "4"); // expect: 10 3 2.5 2
console.log("  12  " * 1, "\n42\t" * 1, +"", +"   "); // expect: 12 42 0 0
console.log(+"0x1f", +"0X1F", +"0b101", +"0o17"); // expect: 31 31 5 15
console.log(+"1e3", +"-1e-3", +".5", +"5.", +"-0", 1 / +"-0"); // expect: 1000 -0.001 0.5 5 -0 -Infinity
console.log(+"Infinity", +"-Infinity", +"infinity", +"+12"); // expect: Infinity -Infinity NaN 12
console.log(+"12px", +"1,000", +"1 2", +"0x", +"--1"); // expect: NaN NaN NaN NaN NaN
console.log(+null, +undefined, +true, +false); // expect: 0 NaN 1 0
console.log(+[], +[5], +["7"], +[1, 2], +{}, +[[3]]); // expect: 0 5 7 NaN NaN 3
console.log(Number("  3.25 "), Number(""), Number("00012"), Number("-0x10")); // expect: 3.25 0 12 NaN
console.log(Number(null), Number(undefined), Number(false), Number([])); // expect: 0 NaN 0 0
console.log(-"3", -"", -"x", -null); // expect: -3 -0 NaN -0
console.log("3" * [], "3" * [2], "a" * 0); // expect: 0 6 NaN
