// The ** operator.
console.log(2 ** 10, 2 ** -1, 2 ** 0.5); // expect: 1024 0.5 1.4142135623730951
console.log((-2) ** 3, (-2) ** 2, -(2 ** 2)); // expect: -8 4 -4
console.log(2 ** 3 ** 2, (2 ** 3) ** 2); // expect: 512 64
console.log(0 ** 0, NaN ** 0, Infinity ** 0); // expect: 1 1 1
console.log(1 ** Infinity, 1 ** NaN, (-1) ** Infinity); // expect: NaN NaN NaN
console.log((-8) ** (1 / 3), 8 ** (1 / 3)); // expect: NaN 2
console.log(0 ** -1, (-0) ** -1, (-0) ** -2, (-0) ** 3); // expect: Infinity -Infinity Infinity -0
console.log(10 ** 21, 10 ** -7, 10 ** 308 * 10); // expect: 1e+21 1e-7 Infinity
console.log(2 ** 1024, 2 ** -1075, 2 ** -1074); // expect: Infinity 0 5e-324
console.log("3" ** "2", null ** 0, undefined ** 0); // expect: 9 1 1
let x = 3;
x **= 2;
console.log(x); // expect: 9
x **= 0.5;
console.log(x); // expect: 3
console.log(Math.pow(2, 10) === 2 ** 10, Math.pow(-8, 1 / 3)); // expect: true NaN
