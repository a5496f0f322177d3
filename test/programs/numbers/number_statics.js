// Number constants and static predicates.
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER); // expect: 9007199254740991 -9007199254740991
console.log(Number.EPSILON, Number.EPSILON === 2 ** -52); // expect: 2.220446049250313e-16 true
console.log(Number.MAX_VALUE, Number.MIN_VALUE); // expect: 1.7976931348623157e+308 5e-324
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN); // expect: Infinity -Infinity NaN
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.1)); // expect: true true false
console.log(Number.isInteger("5"), Number.isInteger(Infinity), Number.isInteger(-0));
// expect: false false true
console.log(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(3.5));
// expect: true false false
console.log(Number.isFinite(5), Number.isFinite("5"), Number.isFinite(Infinity), Number.isFinite(NaN));
// expect: true false false false
console.log(Number.isNaN(NaN), Number.isNaN("NaN"), Number.isNaN(0 / 0)); // expect: true false true
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt); // expect: true true
console.log(Number.parseFloat("3.5abc"), Number.parseInt("42px", 10)); // expect: 3.5 42
console.log(Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER - 2);
// expect: 9007199254740992 -9007199254740992
console.log(Number.MAX_VALUE * 2, -Number.MAX_VALUE * 2, Number.MIN_VALUE / 2);
// expect: Infinity -Infinity 0
