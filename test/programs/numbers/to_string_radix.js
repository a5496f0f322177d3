// Number.prototype.toString(radix) for integers, fractions and negatives.
console.log((255).toString(16), (255).toString(2), (255).toString(8)); // expect: ff 11111111 377
console.log((-255).toString(16), (-255).toString(2)); // expect: -ff -11111111
console.log((35).toString(36), (36).toString(36), (123456789).toString(36)); // expect: z 10 21i3v9
console.log((0.5).toString(2), (0.25).toString(2), (0.75).toString(16)); // expect: 0.1 0.01 0.c
console.log((-0.75).toString(16), (-3.5).toString(2)); // expect: -0.c -11.1
console.log((0.1).toString(2)); // expect: 0.0001100110011001100110011001100110011001100110011001101
console.log((0.1).toString(16)); // expect: 0.1999999999999a
console.log((255.5).toString(16), (1 / 3).toString(3)); // expect: ff.8 0.1
console.log((2 ** 53).toString(36), (2 ** 31).toString(2));
// expect: 2gosa7pa2gw 10000000000000000000000000000000
console.log((-0).toString(2), NaN.toString(2), Infinity.toString(16)); // expect: 0 NaN Infinity
console.log((1e21).toString(16), (1e21).toString(10)); // expect: 3635c9adc5dea00000 1e+21
console.log((10).toString(), (10).toString(10), (3.75).toString(10)); // expect: 10 10 3.75
console.log((4294967295).toString(16), (-2147483648).toString(16)); // expect: ffffffff -80000000
