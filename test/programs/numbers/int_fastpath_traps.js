// Results that escape the int32 range or produce -0 from integer operands.
const min = -2147483648;
const neg1 = -1;
console.log(min / neg1, min % neg1, Object.is(min % neg1, -0)); // expect: 2147483648 -0 true
console.log(-min, Math.abs(min), min * neg1, min - 1); // expect: 2147483648 2147483648 2147483648 -2147483649
const a = 46341;
console.log(a * a, (a * a) | 0, 65536 * 65536, 65535 * 65537);
// expect: 2147488281 -2147479015 4294967296 4294967295
const zero = 0;
const five = 5;
console.log(-zero, Object.is(-zero, -0), five * -zero, -five * zero, Object.is(-five * zero, -0));
// expect: -0 true -0 -0 true
console.log(zero - zero, Object.is(zero - zero, 0), -zero - zero, -zero + -zero); // expect: 0 true -0 -0
console.log(7 / 2, -7 / 2, 6 / 3, 1 / 3 * 3); // expect: 3.5 -3.5 2 1
console.log(-five % five, Object.is(-five % five, -0), five % -five, Object.is(five % -five, 0));
// expect: -0 true 0 true
let m = 2147483647;
m++;
console.log(m, m - 1, m + m); // expect: 2147483648 2147483647 4294967296
let n = -2147483648;
n--;
console.log(n); // expect: -2147483649
console.log(0x7fffffff + 0x7fffffff, 0x7fffffff * 3, -0x80000000 * 2);
// expect: 4294967294 6442450941 -4294967296
console.log((1 << 30) * 4, (1 << 30) + (1 << 30), ~~((1 << 30) * 4)); // expect: 4294967296 2147483648 0
let acc = 1;
for (let i = 0; i < 40; i++) acc *= 3;
console.log(acc, acc % 1000, acc | 0); // expect: 12157665459056929000 768 689956864
