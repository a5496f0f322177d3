// A switch body is a single block scope.
function describe(kind) {
  switch (kind) {
    case 1: {
      let msg = "one";
      return msg;
    }
    case 2: {
      let msg = "two";
      return msg;
    }
    default:
      return "other";
  }
}
console.log(describe(1), describe(2), describe(3)); // expect: one two other
function tdzInSwitch(k) {
  switch (k) {
    case "a":
      let shared = "set in a";
      return shared;
    case "b":
      return shared;
  }
}
console.log(tdzInSwitch("a")); // expect: set in a
try {
  tdzInSwitch("b");
} catch (e) {
  console.log(e.name, e.message); // expect: ReferenceError Cannot access 'shared' before initialization
}
