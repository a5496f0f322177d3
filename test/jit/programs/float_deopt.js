// scale is compiled for int32 arguments, then called with a double: a deopt.
function scale(x, k) {
  return x * k + 1;
}
let acc = 0;
for (let i = 0; i < 2000; i++) acc = acc + scale(i, 3);
console.log(acc); // expect: 5999000
console.log(scale(1.5, 2)); // expect: 4
console.log(scale(2147483647, 2)); // expect: 4294967295
