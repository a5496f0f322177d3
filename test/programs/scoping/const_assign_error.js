// Assigning to a const binding is a TypeError at runtime.
const limit = 10;
console.log(limit); // expect: 10
limit = 20; // expect runtime error: TypeError: Assignment to constant variable.
console.log("unreachable");
