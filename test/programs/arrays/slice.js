// slice never mutates and handles negative / out-of-range indices.
const a = ["a", "b", "c", "d", "e"];
console.log(a.slice(), a.slice(2), a.slice(1, 3), a.slice(-2), a.slice(-3, -1));
// expect: [ 'a', 'b', 'c', 'd', 'e' ] [ 'c', 'd', 'e' ] [ 'b', 'c' ] [ 'd', 'e' ] [ 'c', 'd' ]
console.log(a.slice(3, 1), a.slice(10), a.slice(-10, 2), a.slice(2, 100));
// expect: [] [] [ 'a', 'b' ] [ 'c', 'd', 'e' ]
console.log(a.slice(NaN, 2), a.slice(1.5, 3.9), a.slice("1", "2"));
// expect: [ 'a', 'b' ] [ 'b', 'c' ] [ 'b' ]
const copy = a.slice();
copy[0] = "changed";
console.log(a[0], copy === a); // expect: a false
console.log([1, , 3].slice(0, 2)); // expect: [ 1, <1 empty item> ]
