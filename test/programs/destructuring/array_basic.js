// Array destructuring: holes, defaults, rest.
const [a, b, c] = [1, 2, 3];
console.log(a, b, c); // expect: 1 2 3
const [x, , z] = [1, 2, 3];
console.log(x, z); // expect: 1 3
const [p, q] = [1];
console.log(p, q); // expect: 1 undefined
const [d1 = 10, d2 = 20, d3 = 30] = [undefined, null, 0];
console.log(d1, d2, d3); // expect: 10 null 0
const [first, ...rest] = [1, 2, 3, 4];
console.log(first, rest); // expect: 1 [ 2, 3, 4 ]
const [only, ...none] = ["one"];
console.log(only, none); // expect: one []
const [, , third] = "abc";
console.log(third); // expect: c
const [[n1, n2], [n3]] = [[1, 2], [3, 4]];
console.log(n1, n2, n3); // expect: 1 2 3
const [h1, h2 = "hole default"] = [1, , 3];
console.log(h1, h2); // expect: 1 hole default
const [...all] = new Set([3, 3, 4]);
console.log(all); // expect: [ 3, 4 ]
