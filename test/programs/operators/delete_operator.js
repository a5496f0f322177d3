// delete removes own properties and returns true.
const o = { a: 1, b: 2, c: 3 };
console.log(delete o.b, o); // expect: true { a: 1, c: 3 }
console.log(delete o.zzz, o); // expect: true { a: 1, c: 3 }
console.log(delete o["c"], Object.keys(o)); // expect: true [ 'a' ]
const arr = [1, 2, 3];
console.log(delete arr[1], arr, arr.length); // expect: true [ 1, <1 empty item>, 3 ] 3
console.log(arr[1], 1 in arr); // expect: undefined false
const nested = { inner: { x: 1, y: 2 } };
delete nested.inner.x;
console.log(nested); // expect: { inner: { y: 2 } }
const key = "a";
delete o[key];
console.log(o, Object.keys(o).length); // expect: {} 0
