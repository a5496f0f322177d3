// -0 is shown as -0 inside containers and as a top-level value.
console.log(-0, [-0], { z: -0 }, new Set([-0]), new Map([[-0, -0]]));
// expect: -0 [ -0 ] { z: -0 } Set(1) { 0 } Map(1) { 0 => -0 }
console.log([0 * -1, -0 + 0, Math.round(-0.1)]); // expect: [ -0, 0, -0 ]
console.log(`${-0}`, String([-0]), JSON.stringify({ z: -0 })); // expect: 0 0 {"z":0}
