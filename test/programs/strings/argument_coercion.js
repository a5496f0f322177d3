// String methods coerce missing and odd arguments.
console.log("abc undefined".indexOf(), "undefined".includes(), "abc".startsWith(), "undefined".endsWith());
// expect: 4 true false true
console.log("a,b".split(undefined), "a1b".split(1), "abc".slice("1"), "abc".substring("2", "0"));
// expect: [ 'a,b' ] [ 'a', 'b' ] bc ab
console.log("[" + "abc".padEnd(5, undefined) + "]", "[" + "abc".padStart("5") + "]", "ab".repeat("2"));
// expect: [abc  ] [  abc] abab
console.log("abc".charAt(true), "abc".charAt(null), "abc".charCodeAt("1"), "abc"["length"]);
// expect: b a 98 3
console.log("abcabc".lastIndexOf("a", NaN), "abcabc".lastIndexOf("a", undefined), "abcabc".indexOf("a", NaN));
// expect: 3 3 0
console.log("true".replace(true, "yes"), "x1y".replace(1, 2), "aaa".replace("a", undefined));
// expect: yes x2y undefinedaa
console.log("abc".concat(undefined, null, 1), "AbC".toLowerCase().toUpperCase());
// expect: abcundefinednull1 ABC
console.log("abc".includes("b", -5), "abc".startsWith("a", -1), "abc".endsWith("c", 99));
// expect: true true true
