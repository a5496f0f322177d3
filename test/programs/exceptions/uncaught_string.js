// An uncaught thrown string is printed as it is (node prints String(value) for a thrown primitive).
function fail(what) {
  throw "Oops";
}
console.log("before"); // expect: before
fail();
// expect runtime error: Oops
