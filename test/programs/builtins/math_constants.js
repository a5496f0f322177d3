// Math constants.
console.log(Math.PI, Math.E); // expect: 3.141592653589793 2.718281828459045
console.log(Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E);
// expect: 0.6931471805599453 2.302585092994046 1.4426950408889634 0.4342944819032518
console.log(Math.SQRT2, Math.SQRT1_2); // expect: 1.4142135623730951 0.7071067811865476
console.log(Math.PI.toFixed(5), (Math.E * 2).toFixed(3), Math.round(Math.PI * 1e6));
// expect: 3.14159 5.437 3141593
console.log(typeof Math, typeof Math.PI); // expect: object number
const r = Math.random();
console.log(typeof r, r >= 0 && r < 1); // expect: number true
