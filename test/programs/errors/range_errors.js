// RangeErrors thrown by builtins.
function attempt(f) {
  try {
    return String(f());
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
}
console.log(attempt(() => new Array(-1))); // expect: RangeError: Invalid array length
console.log(attempt(() => new Array(1.5))); // expect: RangeError: Invalid array length
console.log(attempt(() => "ab".repeat(-1))); // expect: RangeError: Invalid count value: -1
console.log(attempt(() => "ab".repeat(Infinity))); // expect: RangeError: Invalid count value: Infinity
console.log(attempt(() => (1).toFixed(101)));
// expect: RangeError: toFixed() digits argument must be between 0 and 100
console.log(attempt(() => (1).toFixed(-1)));
// expect: RangeError: toFixed() digits argument must be between 0 and 100
console.log(attempt(() => (255).toString(1)));
// expect: RangeError: toString() radix argument must be between 2 and 36
console.log(attempt(() => (255).toString(37)));
// expect: RangeError: toString() radix argument must be between 2 and 36
console.log(attempt(() => { const a = []; a.length = -1; return a; }));
// expect: RangeError: Invalid array length
console.log(attempt(() => (1).toFixed(100).length)); // expect: 102
