// Math.clz32, Math.imul, Math.fround.
console.log(Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(0x80000000), Math.clz32(0xffff));
// expect: 31 32 0 0 16
console.log(Math.clz32(3.9), Math.clz32(2 ** 32), Math.clz32(NaN), Math.clz32("8")); // expect: 30 32 32 28
console.log(Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 0x7fffffff));
// expect: 12 -60 -5 1
console.log(Math.imul(2.9, 3.9), Math.imul("3", 3), Math.imul(2 ** 32 + 3, 2)); // expect: 6 9 6
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(0.1), Math.fround(2 ** 128));
// expect: 5.5 5.050000190734863 0.10000000149011612 Infinity
console.log(Math.fround(-0), Math.fround(1e-50), Math.fround(16777217), Math.fround(NaN));
// expect: -0 0 16777216 NaN
