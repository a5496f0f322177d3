// String escapes printed directly and inside arrays.
console.log("tab:\there"); // expect: tab:	here
console.log("quote: \" and ' and \\"); // expect: quote: " and ' and \
console.log("\u0041\u00e9\x42", "\u{1F600}".length); // expect: AéB 2
console.log(["a\nb", "it's", 'say "hi"', "back\\slash", "tab\t"]);
// expect: [ 'a\nb', "it's", 'say "hi"', 'back\\slash', 'tab\t' ]
console.log({ k: "line\nbreak", q: "it's" }); // expect: { k: 'line\nbreak', q: "it's" }
console.log("null char:" + "\0".length, "\v\f".length); // expect: null char:1 2
console.log(JSON.stringify("a\nb\t\"c\"")); // expect: "a\nb\t\"c\""
console.log("\x41\x42\x43" === "ABC", "\u0061" === "a"); // expect: true true
