// String(x) for many values.
console.log(String(null), String(undefined), String(123), String(-1.5)); // expect: null undefined 123 -1.5
console.log(String(true), String(-0), String(NaN), String(Infinity)); // expect: true 0 NaN Infinity
console.log(String([1, [2, 3]]), String([]), String([null]), String([undefined, null])); // expect: 1,2,3   ,
console.log(String({}), String([{}]), String([[], [[]]])); // expect: [object Object] [object Object] ,
console.log(String(1e21), String(1e-7), String(123456789012345680000));
// expect: 1e+21 1e-7 123456789012345680000
console.log(String("already"), String(), String("") === ""); // expect: already  true
console.log(String([1, 2]) === [1, 2].join(), String([1, 2]) === "" + [1, 2]); // expect: true true
console.log((123).toString(), String(true) + "", `${[1, 2]}`); // expect: 123 true 1,2
const m = new Map();
console.log(String(m), String(new Set([1]))); // expect: [object Map] [object Set]
class P { toString() { return "P!"; } }
console.log(String(new P()), `${new P()}`, "" + new P()); // expect: P! P! P!
