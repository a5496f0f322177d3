// Default sort compares string forms; undefined sorts last; holes after that.
console.log([10, 9, 1, 100, 25, -1, -20].sort());
// expect: [
// expect:    -1, -20, 1, 10,
// expect:   100,  25, 9
// expect: ]
console.log(["b", "a", "C", "B", "aa", ""].sort()); // expect: [ '', 'B', 'C', 'a', 'aa', 'b' ]
console.log([3, undefined, 1, null, 2, undefined].sort()); // expect: [ 1, 2, 3, null, undefined, undefined ]
console.log([true, false, "true", 0, "0"].sort()); // expect: [ 0, '0', false, true, 'true' ]
console.log([5, , 1, undefined, 3].sort()); // expect: [ 1, 3, 5, undefined, <1 empty item> ]
console.log([0.5, 1e21, 1e-7, 2].sort()); // expect: [ 0.5, 1e+21, 1e-7, 2 ]
console.log([[2, 1], [1, 2], [1, 10], [1, 9]].sort()); // expect: [ [ 1, 10 ], [ 1, 2 ], [ 1, 9 ], [ 2, 1 ] ]
const a = [3, 1, 2];
const r = a.sort();
console.log(r === a, a); // expect: true [ 1, 2, 3 ]
