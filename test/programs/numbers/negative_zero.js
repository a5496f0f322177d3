// -0 is distinct from 0 only in a few observable places.
const nz = -0;
console.log(nz === 0); // expect: true
console.log(Object.is(nz, 0)); // expect: false
console.log(Object.is(nz, -0)); // expect: true
console.log(1 / nz); // expect: -Infinity
console.log(1 / (0 * -1)); // expect: -Infinity
console.log(nz); // expect: -0
console.log(String(nz)); // expect: 0
console.log(`${nz}`); // expect: 0
console.log(nz + ""); // expect: 0
console.log([nz, 0, -0]); // expect: [ -0, 0, -0 ]
console.log({ z: -0 }); // expect: { z: -0 }
console.log(JSON.stringify([-0])); // expect: [0]
console.log(-0 + 0, -0 - 0, -0 * 5); // expect: 0 -0 -0
console.log(Math.sign(-0), 1 / Math.sign(-0)); // expect: -0 -Infinity
console.log(Math.round(-0.4), 1 / Math.round(-0.4)); // expect: -0 -Infinity
console.log(Math.abs(-0), 1 / Math.abs(-0)); // expect: 0 Infinity
console.log(-0 < 0, -0 <= 0, -0 == 0); // expect: false true true
console.log((-0).toString(), (-0).toFixed(2)); // expect: 0 0.00
