// Prefix and postfix ++/--.
let a = 5;
console.log(a++, a, ++a, a); // expect: 5 6 7 7
console.log(a--, a, --a, a); // expect: 7 6 5 5
let s = "5";
s++;
console.log(s, typeof s); // expect: 6 number
let t = "abc";
t++;
console.log(t); // expect: NaN
let u;
u++;
console.log(u); // expect: NaN
let n = null;
n++;
console.log(n); // expect: 1
let b = true;
b--;
console.log(b); // expect: 0
const o = { c: 1 };
o.c++;
++o.c;
console.log(o.c, o.c++ + ++o.c, o.c); // expect: 3 8 5
const arr = [10, 20];
arr[1]--;
console.log(arr, arr[0]++ * 2, arr); // expect: [ 11, 19 ] 20 [ 11, 19 ]
let i = 0;
const r = i++ + i++ + ++i;
console.log(r, i); // expect: 4 3
let f = 0.5;
f++;
console.log(f, -f++, f); // expect: 1.5 -1.5 2.5
