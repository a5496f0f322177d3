// Array.isArray, Array.from, Array.of.
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray("abc"), Array.isArray(new Array(2)));
// expect: true false false true
console.log(Array.from("abc"), Array.from([1, 2], (x) => x * 2), Array.from(new Set([1, 1, 2])));
// expect: [ 'a', 'b', 'c' ] [ 2, 4 ] [ 1, 2 ]
console.log(Array.from(new Map([["k", "v"]])), Array.from({ length: 3 }), Array.from({ length: 3 }, (_, i) => i * i));
// expect: [ [ 'k', 'v' ] ] [ undefined, undefined, undefined ] [ 0, 1, 4 ]
console.log(Array.from([1, , 3]), Array.from(""), Array.from({ length: 2, 0: "a", 1: "b" }));
// expect: [ 1, undefined, 3 ] [] [ 'a', 'b' ]
console.log(Array.of(7), Array.of(1, 2, 3), Array.of(), Array.of(undefined));
// expect: [ 7 ] [ 1, 2, 3 ] [] [ undefined ]
const original = [1, [2]];
const copy = Array.from(original);
console.log(copy !== original, copy[1] === original[1]); // expect: true true
