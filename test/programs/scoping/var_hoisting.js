// var declarations are hoisted (as undefined) to the top of the function.
console.log(v); // expect: undefined
var v = 5;
console.log(v); // expect: 5
function f() {
  console.log(inner); // expect: undefined
  if (false) {
    var inner = "never";
  }
  console.log(inner); // expect: undefined
  for (var i = 0; i < 3; i++) {}
  console.log(i); // expect: 3
  {
    var blockVar = "visible";
  }
  return blockVar;
}
console.log(f()); // expect: visible
var v = 6;
console.log(v); // expect: 6
var noInit;
console.log(noInit); // expect: undefined
