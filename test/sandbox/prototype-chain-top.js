// Walking up any prototype chain ends at the program's Object.prototype, then null.
let p = Object.getPrototypeOf(console.log);
let steps = 0;
while (p !== null) { p = Object.getPrototypeOf(p); steps++; }
console.log(steps); // expect: 2
console.log(Object.getPrototypeOf(Object.prototype)); // expect: null
