// Relational comparison corners.
console.log("10" < "9", "10" < 9, 10 < "9", "a" < "b", "B" < "a"); // expect: true false false true true
console.log("abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a"); // expect: true true true true
console.log(null >= 0, null > 0, null <= 0, null == 0); // expect: true false true false
console.log(undefined >= 0, undefined <= 0, undefined < 1); // expect: false false false
console.log(NaN <= NaN, NaN >= 0, "x" < 1, "x" > 1); // expect: false false false false
console.log([2] > 1, [1, 2] > 1, [10] < [9], [10] < 9); // expect: true false true false
console.log(true > false, true >= 1, false < 0.5); // expect: true true true
console.log(-0 < 0, -Infinity < -1e308, 1e308 < Infinity); // expect: false true true
console.log("1" >= 1, "01" == "1", "01" < "1", 2 < 12, "2" < "12"); // expect: true false true true false
console.log(Infinity > NaN, -Infinity < NaN); // expect: false false
