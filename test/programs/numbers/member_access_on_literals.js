// Calling methods directly on numeric literals.
console.log(1..toString(), 1.5.toFixed(2), (7).toString(2), 255 .toString(16)); // expect: 1 1.50 111 ff
console.log(0.5.toString(2), 1e3.toString(), (-1).toString(), -(1).toString()); // expect: 0.1 1000 -1 -1
console.log(typeof -(1).toString(), typeof (-1).toString()); // expect: number string
console.log(3.0.toFixed(1), 0x10.toString(), 0b11.toString(10)); // expect: 3.0 16 3
