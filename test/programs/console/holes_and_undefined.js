// Holes, undefined and null inside containers.
console.log([, , 3], [1, , , 4], [, 1, ,]);
// expect: [ <2 empty items>, 3 ] [ 1, <2 empty items>, 4 ] [ <1 empty item>, 1, <1 empty item> ]
console.log(new Array(5), [undefined, , null]);
// expect: [ <5 empty items> ] [ undefined, <1 empty item>, null ]
console.log({ u: undefined, n: null }, [undefined], [null]);
// expect: { u: undefined, n: null } [ undefined ] [ null ]
const a = [1, 2, 3];
delete a[1];
console.log(a); // expect: [ 1, <1 empty item>, 3 ]
const b = [];
b[3] = "x";
b[7] = "y";
console.log(b); // expect: [ <3 empty items>, 'x', <3 empty items>, 'y' ]
