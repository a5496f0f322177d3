// let and const are block scoped and can shadow.
let x = "outer";
{
  let x = "block";
  console.log(x); // expect: block
  {
    const x = "inner";
    console.log(x); // expect: inner
  }
  console.log(x); // expect: block
}
console.log(x); // expect: outer
if (true) {
  let y = 1;
  const z = 2;
  console.log(y + z); // expect: 3
}
console.log(typeof y, typeof z); // expect: undefined undefined
function shadow(x) {
  {
    let x = 10;
    x++;
    console.log("inner", x); // expect: inner 11
  }
  return x;
}
console.log(shadow(1)); // expect: 1
for (let x = 0; x < 2; x++) console.log("loop", x);
// expect: loop 0
// expect: loop 1
console.log(x); // expect: outer
