// break inside switch exits the switch; continue inside switch continues the loop.
const out = [];
for (let i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0:
      out.push("zero");
      break;
    case 1:
      out.push("one");
      continue;
    default:
      out.push("other");
  }
  out.push("after" + i);
}
console.log(out.join(" ")); // expect: zero after0 one other after2 zero after3 one other after5
let n = 0;
loop: while (true) {
  switch (n++) {
    case 3:
      break loop;
    default:
      continue loop;
  }
}
console.log(n); // expect: 4
function firstMatch(list) {
  for (const x of list) {
    switch (typeof x) {
      case "number":
        if (x > 10) return "big number " + x;
        break;
      case "string":
        return "string " + x;
    }
  }
  return "none";
}
console.log(firstMatch([1, 5, 20]), firstMatch([1, "s", 50]), firstMatch([true]));
// expect: big number 20 string s none
