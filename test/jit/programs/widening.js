// Types widen: a function compiled for int32 arguments meets a double (the
// entry check fails, the version is thrown away and recompiled for f64), and
// a caller compiled before its callee is recompiled to call it directly.
function sumTo(n, step) {
  let s = 0;
  for (let i = 0; i < n; i++) s += step;
  return s;
}
function triple(x) {
  let r = 0;
  for (let j = 0; j < 30; j++) r += x;
  return r;
}
function driver(n, useTriple) {
  let t = 0;
  for (let i = 0; i < n; i++) {
    if (useTriple) t += triple(i);
    else t += i;
  }
  return t;
}
let a = 0;
for (let i = 0; i < 300; i++) a += sumTo(10, 2);
console.log(a); // expect: 6000
let b = 0;
for (let i = 0; i < 300; i++) b += sumTo(10, 0.5);
console.log(b); // expect: 1500
console.log(driver(2000, false)); // expect: 1999000
console.log(driver(2000, true)); // expect: 59970000
console.log(driver(2000, true)); // expect: 59970000
