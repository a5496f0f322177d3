// repeat, padStart, padEnd.
console.log("ab".repeat(3), JSON.stringify("ab".repeat(0)), JSON.stringify("".repeat(5)));
// expect: ababab "" ""
console.log("x".repeat(2.9), "-".repeat("4")); // expect: xx ----
console.log("5".padStart(3, "0"), "5".padEnd(3, "0"), "abc".padStart(2, "*")); // expect: 005 500 abc
console.log("abc".padStart(10, "123"), "abc".padEnd(10, "123")); // expect: 1231231abc abc1231231
console.log("[" + "abc".padStart(6) + "]", "[" + "abc".padEnd(6) + "]"); // expect: [   abc] [abc   ]
console.log("abc".padStart(8, "abcdefghij"), "abc".padEnd(5, "xyzxyz")); // expect: abcdeabc abcxy
console.log("abc".padStart(6, ""), "abc".padStart(-1, "z"), "7".padStart(3, 0)); // expect: abc abc 007
const rows = [["id", "name"], ["1", "Ann"], ["42", "Bob"]];
for (const [a, b] of rows) console.log(a.padStart(4) + " | " + b.padEnd(6) + "|");
// expect:   id | name  |
// expect:    1 | Ann   |
// expect:   42 | Bob   |
