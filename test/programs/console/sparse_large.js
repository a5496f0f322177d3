// Large holes and sparse arrays.
const a = [];
a[99] = 1;
console.log(a); // expect: [ <99 empty items>, 1 ]
const b = new Array(1000);
b[500] = "mid";
console.log(b); // expect: [ <500 empty items>, 'mid', <499 empty items> ]
const c = [1, 2, 3];
c.length = 200;
console.log(c); // expect: [ 1, 2, 3, <197 empty items> ]
