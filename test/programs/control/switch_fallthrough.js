// switch uses ===, falls through without break, default can be anywhere.
function f(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push("one");
    case 2:
      out.push("two");
      break;
    default:
      out.push("default");
    case 3:
      out.push("three");
    case 4: {
      out.push("four");
      break;
    }
    case 5:
      out.push("five");
  }
  return out.join(",");
}
for (const x of [1, 2, 3, 4, 5, 6, "1"]) console.log(JSON.stringify(x), f(x));
// expect: 1 one,two
// expect: 2 two
// expect: 3 three,four
// expect: 4 four
// expect: 5 five
// expect: 6 default,three,four
// expect: "1" default,three,four
function g(x) {
  switch (x) {
    case NaN: return "nan";
    case -0: return "zero";
    case "": return "empty";
  }
  return "none";
}
console.log(g(NaN), g(0), g(""), g(null)); // expect: none zero empty none
let calls = [];
const key = (k) => { calls.push(k); return k; };
switch (3) {
  case key(1):
  case key(3):
  case key(5):
    calls.push("matched");
}
console.log(calls.join(" ")); // expect: 1 3 matched
switch (1) {}
switch ("x") { default: console.log("only default"); } // expect: only default
