// console.log of primitives and multiple arguments.
console.log(1, "two", true, null, undefined); // expect: 1 two true null undefined
console.log("a", "", "b"); // expect: a  b
console.log(-0, 0, NaN, -Infinity, 1e21, 1e-7); // expect: -0 0 NaN -Infinity 1e+21 1e-7
console.log("string", 42, "quoted? no"); // expect: string 42 quoted? no
console.log(); // expect: 
console.log(""); // expect: 
console.log("  leading spaces are kept"); // expect:   leading spaces are kept
console.log("a\nb", 1); // expect: a
// expect: b 1
