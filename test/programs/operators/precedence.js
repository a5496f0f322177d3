// Operator precedence and associativity.
console.log(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, (-2) ** 2); // expect: 7 9 18 4
console.log(10 - 4 - 3, 2 ** 2 ** 3, 64 / 4 / 2, 7 % 4 * 3); // expect: 3 256 8 9
console.log(1 + 2 + "3" + 4 + 5, 1 < 2 < 3, 3 > 2 > 1); // expect: 3345 true false
console.log(1 | 2 & 3, (1 | 2) & 3, 1 ^ 3 | 4, 1 << 2 + 1); // expect: 3 3 6 8
console.log(!0 + 1, -"3" + 4, +"2" + +"3", typeof 1 + 2); // expect: 2 1 5 number2
console.log(1 == 1 && 2 != 3 || false, 0 || 1 && 0); // expect: true 0
console.log(5 > 3 == true, "5" - 2 * "2", 2 + 3 * 4 ** 2 / 8); // expect: true 1 8
let a, b, c;
a = b = c = 7;
console.log(a, b, c); // expect: 7 7 7
let n = 2;
n += n *= 3;
console.log(n); // expect: 8
console.log(~1 + 1, -~1, ~-1 * 2); // expect: -1 2 0
