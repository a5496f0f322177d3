// charAt, charCodeAt and indexing, including out-of-range arguments.
const s = "hello";
console.log(s.length, s[0], s[4], s[5], s[-1]); // expect: 5 h o undefined undefined
console.log(s.charAt(1), s.charAt(10), s.charAt(-1), s.charAt(), s.charAt(NaN), s.charAt(1.9));
// expect: e   h h e
console.log(s.charCodeAt(0), s.charCodeAt(4), s.charCodeAt(5), s.charCodeAt(-1), s.charCodeAt());
// expect: 104 111 NaN NaN 104
console.log(JSON.stringify(s.charAt(99)), typeof s[99]); // expect: "" undefined
console.log("".length, "".charAt(0) === "", "".charCodeAt(0)); // expect: 0 true NaN
console.log(s.charAt("2"), s["1"], s.charCodeAt("x")); // expect: l e 104
let codes = [];
for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
console.log(codes.join(",")); // expect: 104,101,108,108,111
console.log("\t\n\\".charCodeAt(0), "\t\n\\".charCodeAt(1), "\t\n\\".charCodeAt(2), "\t\n\\".length);
// expect: 9 10 92 3
