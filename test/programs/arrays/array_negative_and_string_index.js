// Negative and string-like indices are ordinary properties.
const a = [1, 2, 3];
console.log(a[-1], a["1"], a["01"], a[1.0], a["1.0"]); // expect: undefined 2 undefined 2 undefined
a[-1] = "neg";
console.log(a.length, a[-1], Object.keys(a)); // expect: 3 neg [ '0', '1', '2', '-1' ]
a["2"] = "three";
console.log(a); // expect: [ 1, 2, 'three', '-1': 'neg' ]
a[3.5] = "frac";
console.log(a.length, Object.keys(a)); // expect: 3 [ '0', '1', '2', '-1', '3.5' ]
const i = "0";
console.log(a[i], a[+i], a[`${1 + 1}`]); // expect: 1 1 three
