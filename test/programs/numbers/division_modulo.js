// Division and remainder corners.
console.log(1 / 0, -1 / 0, 0 / 0, -1 / -0); // expect: Infinity -Infinity NaN Infinity
console.log(7 / 2, -7 / 2, 1 / 3); // expect: 3.5 -3.5 0.3333333333333333
console.log(5 % 0, 0 % 5, 5 % Infinity, Infinity % 5); // expect: NaN 0 5 NaN
console.log(-5 % 2, 5 % -2, -5 % -2); // expect: -1 1 -1
console.log(5.5 % 2, -5.5 % 2, 0.3 % 0.1); // expect: 1.5 -1.5 0.09999999999999998
console.log(-0 % 5, 1 / (-0 % 5)); // expect: -0 -Infinity
console.log(-4 % 2, 1 / (-4 % 2)); // expect: -0 -Infinity
console.log(2 ** 53 % 3, 1e17 % 7); // expect: 2 5
console.log(Math.floor(-7 / 2), Math.trunc(-7 / 2)); // expect: -4 -3
const mod = (a, b) => ((a % b) + b) % b;
console.log(mod(-7, 3), mod(7, 3), mod(-3, 3)); // expect: 2 1 0
let r = 17;
r %= 5;
console.log(r); // expect: 2
r /= 0.5;
console.log(r); // expect: 4
