// indexOf / lastIndexOf / includes / startsWith / endsWith.
const s = "abcabcabc";
console.log(s.indexOf("c"), s.indexOf("c", 3), s.indexOf("c", 100), s.indexOf("z")); // expect: 2 5 -1 -1
console.log(s.indexOf("abc", -5), s.indexOf(""), s.indexOf("", 4), s.indexOf("", 100)); // expect: 0 0 4 9
console.log(s.lastIndexOf("a"), s.lastIndexOf("a", 5), s.lastIndexOf("a", -3), s.lastIndexOf("a", 0));
// expect: 6 3 0 0
console.log(s.lastIndexOf(""), s.lastIndexOf("bc", 100), s.lastIndexOf("x")); // expect: 9 7 -1
console.log(s.includes("cab"), s.includes("cab", 7), s.includes(""), s.includes("ABC"));
// expect: true false true false
console.log(s.startsWith("abc"), s.startsWith("bc"), s.startsWith("bc", 1), s.startsWith("", 99));
// expect: true false true true
console.log(s.endsWith("abc"), s.endsWith("ab"), s.endsWith("ab", 8), s.endsWith("a", 1));
// expect: true false true true
console.log("aaa".indexOf("aa", 1), "aaa".lastIndexOf("aa"), "1234".indexOf(3)); // expect: 1 1 2
console.log("null undefined".indexOf(null), "null undefined".indexOf(undefined)); // expect: 0 5
