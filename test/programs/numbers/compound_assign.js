// Every compound assignment operator.
let x = 10;
x += 5; console.log(x); // expect: 15
x -= 3; console.log(x); // expect: 12
x *= 2; console.log(x); // expect: 24
x /= 8; console.log(x); // expect: 3
x %= 2; console.log(x); // expect: 1
x **= 3; console.log(x); // expect: 1
let y = 5;
y <<= 3; console.log(y); // expect: 40
y >>= 1; console.log(y); // expect: 20
y = -y;
y >>>= 28; console.log(y); // expect: 15
y &= 6; console.log(y); // expect: 6
y |= 9; console.log(y); // expect: 15
y ^= 5; console.log(y); // expect: 10
let s = "a";
s += 1 + 2; console.log(s); // expect: a3
const arr = [1, 2];
arr[0] += 10;
arr[1] *= arr[0];
console.log(arr); // expect: [ 11, 22 ]
const o = { k: "x" };
o.k += o.k;
o["k"] += "!";
console.log(o.k); // expect: xx!
