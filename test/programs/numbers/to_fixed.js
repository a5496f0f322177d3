// Number.prototype.toFixed.
console.log((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1)); // expect: 1.00 1.4 1.6
console.log((0).toFixed(2), (-0).toFixed(1), (5).toFixed()); // expect: 0.00 0.0 5
console.log((2.5).toFixed(0), (-2.5).toFixed(0), (-1.5).toFixed(0)); // expect: 3 -3 -2
console.log((123.456).toFixed(), (123.456).toFixed(1), (123.456).toFixed(5)); // expect: 123 123.5 123.45600
console.log((0.000001).toFixed(7), (-0.0001).toFixed(2)); // expect: 0.0000010 -0.00
console.log((1e21).toFixed(2), (1e20).toFixed(2)); // expect: 1e+21 100000000000000000000.00
console.log((1234.5678).toFixed(10)); // expect: 1234.5678000000
console.log((0.1).toFixed(20)); // expect: 0.10000000000000000555
console.log(NaN.toFixed(2), Infinity.toFixed(1), (-Infinity).toFixed(0)); // expect: NaN Infinity -Infinity
console.log((99.995).toFixed(2), (8.345).toFixed(2), (10.235).toFixed(2)); // expect: 100.00 8.35 10.23
console.log((3).toFixed(1.9), (3.14159).toFixed("3")); // expect: 3.0 3.142
console.log(typeof (1).toFixed(1)); // expect: string
