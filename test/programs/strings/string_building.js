// Building strings in loops.
let s = "";
for (let i = 0; i < 10; i++) s += i;
console.log(s, s.length); // expect: 0123456789 10
let rows = [];
for (let r = 1; r <= 4; r++) {
  let line = "";
  for (let c = 1; c <= 4; c++) line += String(r * c).padStart(3);
  rows.push(line);
}
console.log(rows.join("\n"));
// expect:   1  2  3  4
// expect:   2  4  6  8
// expect:   3  6  9 12
// expect:   4  8 12 16
const words = "the quick brown fox jumps".split(" ");
console.log(words.map((w) => w.length).join("+"), words.reverse().join(" "));
// expect: 3+5+5+3+5 jumps fox brown quick the
let reversed = "";
for (const ch of "stressed") reversed = ch + reversed;
console.log(reversed); // expect: desserts
console.log(["a", "b", "c"].join(""), ["a", "b"].join(", "), [].join("-") === ""); // expect: abc a, b true
