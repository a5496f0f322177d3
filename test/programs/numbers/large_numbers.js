// Precision limits of doubles.
console.log(2 ** 53 === 2 ** 53 + 1, 2 ** 53 - 1 === 2 ** 53); // expect: true false
console.log(1e16 + 1, 1e16 + 2, 123456789 * 987654321);
// expect: 10000000000000000 10000000000000002 121932631112635260
console.log(Math.imul(123456789, 987654321), (123456789 * 987654321) | 0); // expect: -67153019 -67153024
console.log(0.1 * 0.2, 1 - 0.9, 3 * 0.1 === 0.3); // expect: 0.020000000000000004 0.09999999999999998 false
let sum = 0;
for (let i = 0; i < 10; i++) sum += 0.1;
console.log(sum, sum === 1); // expect: 0.9999999999999999 false
console.log(Number.MAX_SAFE_INTEGER * 2, 2 ** 63, -(2 ** 63));
// expect: 18014398509481982 9223372036854776000 -9223372036854776000
console.log(999999999999999999999, 1e21 - 1e5); // expect: 1e+21 999999999999999900000
console.log(Math.abs(0.3 - (0.1 + 0.2)) < Number.EPSILON); // expect: true
