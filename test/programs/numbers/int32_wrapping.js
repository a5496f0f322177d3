// Arithmetic is double precision; only bit operators wrap to int32.
const max = 2147483647;
console.log(max + 1); // expect: 2147483648
console.log((max + 1) | 0); // expect: -2147483648
console.log((max + 2) | 0); // expect: -2147483647
console.log(-2147483648 - 1); // expect: -2147483649
console.log((-2147483648 - 1) | 0); // expect: 2147483647
console.log(max * 2); // expect: 4294967294
console.log((max * 2) | 0); // expect: -2
let x = max;
x |= 0;
x += 1;
console.log(x); // expect: 2147483648
x |= 0;
console.log(x); // expect: -2147483648
console.log(0x80000000, 0x80000000 | 0); // expect: 2147483648 -2147483648
console.log(0xffffffff, 0xffffffff | 0, 0xffffffff >>> 0); // expect: 4294967295 -1 4294967295
console.log(Math.imul(max, 2), Math.imul(65536, 65536)); // expect: -2 0
