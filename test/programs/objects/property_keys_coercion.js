// Property keys are converted to strings.
const o = {};
o[1] = "number";
o["1"] = "string overwrites";
o[true] = "bool";
o[null] = "null";
o[undefined] = "undef";
o[{}] = "object";
o[[1, 2]] = "array";
o[-0] = "minus zero";
o[1.0] = "one point zero";
console.log(o);
// expect: {
// expect:   '0': 'minus zero',
// expect:   '1': 'one point zero',
// expect:   true: 'bool',
// expect:   null: 'null',
// expect:   undefined: 'undef',
// expect:   '[object Object]': 'object',
// expect:   '1,2': 'array'
// expect: }
console.log(o["true"], o["null"], o["undefined"], o["[object Object]"], o["1,2"], o["0"]);
// expect: bool null undef object array minus zero
const arr = [];
arr["2"] = "two";
arr[0] = "zero";
console.log(arr.length, arr); // expect: 3 [ 'zero', <1 empty item>, 'two' ]
