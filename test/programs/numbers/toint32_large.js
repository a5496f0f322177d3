// ToInt32 / ToUint32 of values outside the int32 range.
console.log(4294967296.5 | 0); // expect: 0
console.log(4294967297 | 0, 4294967295 | 0); // expect: 1 -1
console.log(1e10 | 0, -1e10 | 0); // expect: 1410065408 -1410065408
console.log(2 ** 53 | 0, (2 ** 53 + 2) | 0); // expect: 0 2
console.log(1e21 | 0, 1e300 | 0); // expect: -559939584 0
console.log(Infinity | 0, -Infinity | 0, NaN | 0); // expect: 0 0 0
console.log(-0 | 0, 1 / (-0 | 0)); // expect: 0 Infinity
console.log(2 ** 31 >> 0, 2 ** 31 >>> 0); // expect: -2147483648 2147483648
console.log((2 ** 32 + 5) >>> 0, -5 >>> 0); // expect: 5 4294967291
console.log(3.9e9 | 0, -3.9e9 | 0); // expect: -394967296 394967296
console.log(2147483648.7 | 0, -2147483649.2 | 0); // expect: -2147483648 2147483647
console.log(123456789012 & 0xffff); // expect: 6676
console.log(~4294967296, ~2147483648); // expect: -1 2147483647
console.log(6e9 << 1, 6e9 >>> 1); // expect: -884901888 852516352
