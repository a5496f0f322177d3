// Number(), String() and Boolean() called as functions.
console.log(Number("42"), Number(""), Number("  "), Number("4 2"), Number("0b11"), Number("1e-2"));
// expect: 42 0 0 NaN 3 0.01
console.log(Number(true), Number([]), Number([[]]), Number(["8"]), Number({}), Number(new Set()));
// expect: 1 0 0 8 NaN NaN
console.log(Number("-Infinity"), Number("0.0000001"), Number(".e1"), Number("5e"));
// expect: -Infinity 1e-7 NaN NaN
console.log(Number(), String(), Boolean(), typeof Number("1"), typeof String(1), typeof Boolean(1));
// expect: 0  false number string boolean
console.log(Boolean("false"), Boolean(" "), Boolean([]), Boolean(NaN), Boolean(-0), Boolean({}));
// expect: true true true false false true
console.log(String(12.50), String([1, [2, [3, [4]]]]), String(-1e-7), String(2 ** 70));
// expect: 12.5 1,2,3,4 -1e-7 1.1805916207174113e+21
console.log(Number(String(0.1 + 0.2)) === 0.1 + 0.2, Number((123.456).toFixed(1))); // expect: true 123.5
