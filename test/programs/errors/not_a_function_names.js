// How "x is not a function" names the callee, as V8 does: operators in
// parentheses, arithmetic on number literals folded, a conditional as three
// "(intermediate value)", an assignment by its target.
const o = { a: 1, b: { c: 2 } };
const arr = [1];
let x = 5;
const tries = [
  () => (void 0)(),
  () => (1 + 2)(),
  () => (-x)(),
  () => (!x)(),
  () => (typeof x)(),
  () => o.a(),
  () => o.b.c(),
  () => arr[0](),
  () => o["a"](),
  () => x(),
  () => (x ? o : arr)(),
  () => (o, x)(),
  () => 5(),
  () => "s"(),
  () => null(),
  () => new x(),
  () => new o.a(),
  () => (x = 3)(),
  () => o.b.missing.f()];
for (const t of tries) {
  try {
    t();
  } catch (e) {
    console.log(e.message);
  }
}
// expect: (void 0) is not a function
// expect: 3 is not a function
// expect: (-x) is not a function
// expect: (!x) is not a function
// expect: (typeof x) is not a function
// expect: o.a is not a function
// expect: o.b.c is not a function
// expect: arr[0] is not a function
// expect: o.a is not a function
// expect: x is not a function
// expect: (intermediate value)(intermediate value)(intermediate value) is not a function
// expect: (o , x) is not a function
// expect: 5 is not a function
// expect: "s" is not a function
// expect: null is not a function
// expect: x is not a constructor
// expect: o.a is not a constructor
// expect: x is not a function
// expect: Cannot read properties of undefined (reading 'f')
const more = [
  () => ("a" + "b")(),
  () => (2 ** 3)(),
  () => (1 - 2 - 3)(),
  () => (1 < 2)(),
  () => (!0)(),
  () => (-1)(),
  () => (0.1 + 0.2)(),
  () => (delete o.a)(),
  () => (1, 2, x)()];
for (const t of more) {
  try {
    t();
  } catch (e) {
    console.log(e.message);
  }
}
// expect: ("a" + "b") is not a function
// expect: 8 is not a function
// expect: -4 is not a function
// expect: (1 < 2) is not a function
// expect: true is not a function
// expect: -1 is not a function
// expect: 0.30000000000000004 is not a function
// expect: (delete o.a) is not a function
// expect: (1 , 2 , x) is not a function
