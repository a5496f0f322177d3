// Primitive wrapper objects are outside the subset: `new Number(5)` (an object in node, which speedlab
// would have made the primitive 5) is rejected before the program runs. Number(5) and friends are fine.
console.log(Number("5") + String(1) + Boolean(0));
const boxed = new Number(5); // expect error: primitive wrapper objects (`new Number`, `new String`, `new Boolean`) are not supported
console.log(typeof boxed);
