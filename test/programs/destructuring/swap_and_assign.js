// Destructuring assignment (not declarations).
let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b); // expect: 2 1
let x, y, rest;
({ x, y = "dy", ...rest } = { x: 1, z: 3, w: 4 });
console.log(x, y, rest); // expect: 1 dy { z: 3, w: 4 }
const obj = {};
[obj.first, obj.second] = ["f", "s"];
console.log(obj); // expect: { first: 'f', second: 's' }
const arr = [];
({ a: arr[0], b: arr[1] } = { a: "A", b: "B" });
console.log(arr); // expect: [ 'A', 'B' ]
let i = 0, j = 1, k = 2;
[i, j, k] = [k, i, j];
console.log(i, j, k); // expect: 2 0 1
let fib = [0, 1];
for (let n = 0; n < 10; n++) [fib[0], fib[1]] = [fib[1], fib[0] + fib[1]];
console.log(fib); // expect: [ 55, 89 ]
let count;
const result = ([count] = [5, 6]);
console.log(count, result); // expect: 5 [ 5, 6 ]
