// new Array with a negative length is an uncaught RangeError.
const ok = new Array(3);
console.log(ok.length); // expect: 3
const bad = new Array(-5); // expect runtime error: RangeError: Invalid array length
