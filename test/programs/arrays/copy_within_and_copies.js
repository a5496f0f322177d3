// copyWithin (in place, relative indices, holes copied as holes) and the copying methods
// toSorted, toReversed, toSpliced and with (holes read as undefined; the original unchanged).
console.log([1, 2, 3, 4, 5].copyWithin(-2), [1, 2, 3, 4, 5].copyWithin(0, 3, 4)); // expect: [ 1, 2, 3, 1, 2 ] [ 4, 2, 3, 4, 5 ]
console.log([1, , 3, 4].copyWithin(0, 1), [1, 2, 3, 4, 5].copyWithin(-4, -3, -1), [1, 2].copyWithin(5, 0)); // expect: [ <1 empty item>, 3, 4, 4 ] [ 1, 3, 4, 4, 5 ] [ 1, 2 ]
const keep = [3, , 1, undefined, 10, 2];
console.log(keep.toSorted(), keep.toSorted((a, b) => b - a)); // expect: [ 1, 10, 2, 3, undefined, undefined ] [ 10, 3, 2, 1, undefined, undefined ]
console.log(keep.toReversed(), keep.toSpliced(1, 2)); // expect: [ 2, 10, undefined, 1, undefined, 3 ] [ 3, undefined, 10, 2 ]
console.log(keep.toSpliced(-1, 1, "a", "b"), keep.toSpliced(2), keep.toSpliced().length); // expect: [ 3, undefined, 1, undefined, 10, 'a', 'b' ] [ 3, undefined ] 6
console.log(keep.with(1, "w"), keep.with(-1, "last")); // expect: [ 3, 'w', 1, undefined, 10, 2 ] [ 3, undefined, 1, undefined, 10, 'last' ]
console.log(keep); // expect: [ 3, <1 empty item>, 1, undefined, 10, 2 ]
for (const i of [-7, 6]) {
  try {
    keep.with(i, 9);
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
// expect: RangeError: Invalid index : -7
// expect: RangeError: Invalid index : 6
try {
  keep.toSorted(5);
} catch (e) {
  console.log(e.name + ": " + e.message); // expect: TypeError: The comparison function must be either a function or undefined
}
