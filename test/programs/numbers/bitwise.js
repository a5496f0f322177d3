// Bitwise operators on int32 values.
console.log(5 & 3, 5 | 3, 5 ^ 3); // expect: 1 7 6
console.log(~5, ~-1, ~0, ~~3.7, ~~-3.7); // expect: -6 0 -1 3 -3
console.log(1 << 30, 1 << 31, 1 << 32, 1 << 33); // expect: 1073741824 -2147483648 1 2
console.log(-16 >> 2, -16 >>> 2); // expect: -4 1073741820
console.log(-1 >>> 0, -1 >>> 28, -1 >> 28); // expect: 4294967295 15 -1
console.log(1 << -1, 8 >> 33, 256 >>> 36); // expect: -2147483648 4 16
console.log(0b1010 ^ 0b0110, 0xff & -256); // expect: 12 0
console.log(~~"12", ~~"abc", "7" | "8", true << 3); // expect: 12 0 15 8
console.log(null | 0, undefined | 0, [] | 5, [7] | 0); // expect: 0 0 5 7
let m = 0xf0;
m &= 0x3c;
console.log(m); // expect: 48
m ^= 0xff;
console.log(m); // expect: 207
m <<= 24;
console.log(m); // expect: -822083584
m >>= 4;
console.log(m); // expect: -51380224
m >>>= 4;
console.log(m); // expect: 265224192
