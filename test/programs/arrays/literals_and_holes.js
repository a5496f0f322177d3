// Array literals, holes and new Array(n).
const a = [1, , 3];
console.log(a, a.length, a[1], 1 in a); // expect: [ 1, <1 empty item>, 3 ] 3 undefined false
const b = new Array(3);
console.log(b, b.length, b[0]); // expect: [ <3 empty items> ] 3 undefined
const c = new Array(2, 3);
console.log(c, new Array("3"), new Array(0)); // expect: [ 2, 3 ] [ '3' ] []
const trailing = [1, 2, ,];
console.log(trailing.length, trailing); // expect: 3 [ 1, 2, <1 empty item> ]
const allHoles = [, , ,];
console.log(allHoles.length, allHoles); // expect: 3 [ <3 empty items> ]
const sparse = [];
sparse[5] = "x";
console.log(sparse, sparse.length); // expect: [ <5 empty items>, 'x' ] 6
sparse[2] = undefined;
console.log(sparse); // expect: [ <2 empty items>, undefined, <2 empty items>, 'x' ]
console.log([undefined, null], [[], [[]]]); // expect: [ undefined, null ] [ [], [ [] ] ]
