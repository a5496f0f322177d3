// splice in all its forms.
let a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2), a); // expect: [ 2, 3 ] [ 1, 4, 5 ]
a = [1, 2, 3, 4, 5];
console.log(a.splice(2), a); // expect: [ 3, 4, 5 ] [ 1, 2 ]
a = [1, 2, 3, 4, 5];
console.log(a.splice(-2, 1), a); // expect: [ 4 ] [ 1, 2, 3, 5 ]
a = [1, 2, 3];
console.log(a.splice(1, 0, "x", "y"), a); // expect: [] [ 1, 'x', 'y', 2, 3 ]
a = [1, 2, 3];
console.log(a.splice(1, 1, "replaced"), a); // expect: [ 2 ] [ 1, 'replaced', 3 ]
a = [1, 2, 3];
console.log(a.splice(0, 100), a); // expect: [ 1, 2, 3 ] []
a = [1, 2, 3];
console.log(a.splice(5, 1, "end"), a); // expect: [] [ 1, 2, 3, 'end' ]
a = [1, 2, 3];
console.log(a.splice(-10, 1), a); // expect: [ 1 ] [ 2, 3 ]
a = [1, 2, 3];
console.log(a.splice(), a); // expect: [] [ 1, 2, 3 ]
a = [1, 2, 3];
console.log(a.splice(1, -1, "neg count"), a); // expect: [] [ 1, 'neg count', 2, 3 ]
a = [1, 2, 3];
console.log(a.splice(undefined, 1), a); // expect: [ 1 ] [ 2, 3 ]
a = [1, 2, 3, 4];
console.log(a.splice(1, 2, "a", "b", "c", "d"), a, a.length);
// expect: [ 2, 3 ] [ 1, 'a', 'b', 'c', 'd', 4 ] 6
