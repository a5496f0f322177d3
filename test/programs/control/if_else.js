// if / else if / else chains and dangling else.
function classify(n) {
  if (n < 0) return "negative";
  else if (n === 0) return "zero";
  else if (n < 10) return "small";
  else return "large";
}
console.log([-5, 0, 3, 99].map(classify).join(" ")); // expect: negative zero small large
let x = 5;
if (x > 1)
  if (x > 10) console.log("big");
  else console.log("dangling else binds to inner if"); // expect: dangling else binds to inner if
if (0) console.log("no"); else if ("") console.log("no"); else console.log("fallthrough else");
// expect: fallthrough else
if (x) {
  x = 0;
}
console.log(x); // expect: 0
if (null) {} else {}
if (NaN) console.log("never");
console.log("done"); // expect: done
