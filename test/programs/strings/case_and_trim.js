// toUpperCase, toLowerCase and trim.
console.log("Hello World".toUpperCase(), "Hello World".toLowerCase()); // expect: HELLO WORLD hello world
console.log("MiXeD 123 !?".toLowerCase(), "already".toLowerCase(), "".toUpperCase() === "");
// expect: mixed 123 !? already true
console.log("[" + "  padded  ".trim() + "]"); // expect: [padded]
console.log("[" + "\t\n line \r\n ".trim() + "]"); // expect: [line]
console.log("[" + "   ".trim() + "]", "[" + "no-trim".trim() + "]"); // expect: [] [no-trim]
console.log("[" + " inner  space ".trim() + "]"); // expect: [inner  space]
const words = ["apple", "Banana", "cherry"];
console.log(words.map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join(" "));
// expect: Apple Banana Cherry
console.log("abc".toUpperCase().toLowerCase() === "abc"); // expect: true
