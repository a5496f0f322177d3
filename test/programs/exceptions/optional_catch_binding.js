// catch without a binding.
function safeParse(s) {
  try {
    return JSON.parse(s);
  } catch {
    return "invalid";
  }
}
console.log(safeParse("[1,2]"), safeParse("{oops")); // expect: [ 1, 2 ] invalid
let flag = false;
try {
  throw 0;
} catch {
  flag = true;
} finally {
  console.log("finally", flag); // expect: finally true
}
