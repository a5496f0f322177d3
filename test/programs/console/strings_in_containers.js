// Strings inside arrays and objects are quoted.
console.log(["plain", "it's", 'say "hi"', `both ' and "`, "back`tick", "all ' \" `"]);
// expect: [
// expect:   'plain',
// expect:   "it's",
// expect:   'say "hi"',
// expect:   `both ' and "`,
// expect:   'back`tick',
// expect:   'all \' " `'
// expect: ]
console.log({ s: "x", empty: "", num: "42" }); // expect: { s: 'x', empty: '', num: '42' }
console.log(["new\nline", "tab\t", "\\", "\u0001", "é", "😀"]);
// expect: [ 'new\nline', 'tab\t', '\\', '\x01', 'é', '😀' ]
console.log("top-level strings are not quoted", ["but nested ones are"]);
// expect: top-level strings are not quoted [ 'but nested ones are' ]
console.log([""], [" "]); // expect: [ '' ] [ ' ' ]
