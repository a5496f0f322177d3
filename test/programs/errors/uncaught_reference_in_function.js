// A ReferenceError raised inside a nested function.
function outer() {
  const local = 1;
  function inner() {
    return local + undefinedThing;
  }
  console.log("calling inner");
  return inner();
}
outer(); // expect: calling inner
// expect runtime error: ReferenceError: undefinedThing is not defined
