// A return in finally overrides the try's return or throw.
function f() {
  try {
    return "try";
  } finally {
    return "finally";
  }
}
console.log(f()); // expect: finally
function g() {
  try {
    throw new Error("lost");
  } finally {
    return "swallowed";
  }
}
console.log(g()); // expect: swallowed
function h() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
    console.log("finally sees", x);
  }
}
console.log(h());
// expect: finally sees 2
// expect: 1
