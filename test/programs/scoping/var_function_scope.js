// var is function scoped, even in nested blocks and loops.
function f() {
  var x = 1;
  if (true) {
    var x = 2;
    console.log(x); // expect: 2
  }
  console.log(x); // expect: 2
  for (var i = 0; i < 2; i++) {
    var last = i;
  }
  return [x, i, last];
}
console.log(f()); // expect: [ 2, 2, 1 ]
function g() {
  let x = 1;
  if (true) {
    let x = 2;
    console.log(x); // expect: 2
  }
  return x;
}
console.log(g()); // expect: 1
var top = "top";
function readTop() { return top; }
console.log(readTop()); // expect: top
function shadowParam(p) {
  var p;
  return p;
}
console.log(shadowParam("kept")); // expect: kept
