// NaN is never equal to anything, including itself.
const n = NaN;
console.log(n === n, n == n, n !== n); // expect: false false true
console.log(n < 1, n > 1, n <= n, n >= n); // expect: false false false false
console.log(Object.is(n, NaN)); // expect: true
console.log(typeof n); // expect: number
console.log(0 / 0, Infinity - Infinity, Infinity * 0); // expect: NaN NaN NaN
console.log(Math.sqrt(-1), Math.log(-1)); // expect: NaN NaN
console.log("abc" * 1, undefined + 1); // expect: NaN NaN
console.log(isNaN("abc"), Number.isNaN("abc")); // expect: true false
console.log(isNaN(undefined), Number.isNaN(undefined)); // expect: true false
console.log([NaN].indexOf(NaN), [NaN].includes(NaN)); // expect: -1 true
console.log([1, NaN, 3].lastIndexOf(NaN)); // expect: -1
console.log(NaN ? "truthy" : "falsy"); // expect: falsy
console.log(Math.max(1, NaN, 3), Math.min(NaN, 0)); // expect: NaN NaN
console.log(String(NaN), NaN + "", `${-NaN}`); // expect: NaN NaN NaN
