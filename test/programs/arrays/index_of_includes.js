// indexOf uses ===, includes uses SameValueZero.
const a = [1, 2, NaN, 3, 2, -0, "2", undefined];
console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf("2"), a.indexOf(4)); // expect: 1 4 6 -1
console.log(a.indexOf(NaN), a.includes(NaN), a.lastIndexOf(NaN)); // expect: -1 true -1
console.log(a.indexOf(0), a.includes(0), a.indexOf(-0), a.includes(+0)); // expect: 5 true 5 true
console.log(a.indexOf(2, 2), a.indexOf(2, -4), a.lastIndexOf(2, 3), a.lastIndexOf(2, -5)); // expect: 4 4 1 1
console.log(a.includes(undefined), [, 1].includes(undefined), [, 1].indexOf(undefined));
// expect: true true -1
console.log(a.includes(3, 4), a.includes(1, -100), a.indexOf(1, 100)); // expect: false true -1
const o = { k: 1 };
console.log([o].indexOf(o), [o].indexOf({ k: 1 }), [[1]].includes([1])); // expect: 0 -1 false
