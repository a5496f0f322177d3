// Writing length truncates or extends.
const a = [1, 2, 3, 4, 5];
a.length = 3;
console.log(a, a[3], a.length); // expect: [ 1, 2, 3 ] undefined 3
a.length = 6;
console.log(a); // expect: [ 1, 2, 3, <3 empty items> ]
a.length = 0;
console.log(a, a[0]); // expect: [] undefined
const b = [1];
b[9] = 10;
console.log(b.length, b); // expect: 10 [ 1, <8 empty items>, 10 ]
b.length = 2;
console.log(b); // expect: [ 1, <1 empty item> ]
const c = ["x", "y"];
c[c.length] = "z";
console.log(c, c.length); // expect: [ 'x', 'y', 'z' ] 3
c.length--;
console.log(c); // expect: [ 'x', 'y' ]
const d = [1, 2];
d["5"] = 6;
console.log(d.length); // expect: 6
d.prop = "not an index";
console.log(d.length, d); // expect: 6 [ 1, 2, <3 empty items>, 6, prop: 'not an index' ]
