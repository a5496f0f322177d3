// Closures created in the same scope share variables.
function pair() {
  let value = 0;
  const set = (v) => { value = v; };
  const get = () => value;
  return [set, get];
}
const [set, get] = pair();
console.log(get()); // expect: 0
set(42);
console.log(get()); // expect: 42
let late = "before";
const readLate = () => late;
late = "after";
console.log(readLate()); // expect: after
function outer() {
  let x = 1;
  function middle() {
    let y = 2;
    return function inner() { x++; y++; return x * 100 + y; };
  }
  const i1 = middle();
  const i2 = middle();
  return [i1(), i1(), i2(), x];
}
console.log(outer()); // expect: [ 203, 304, 403, 4 ]
