// Reading a let binding before its declaration is a ReferenceError.
console.log("before"); // expect: before
console.log(value); // expect runtime error: ReferenceError: Cannot access 'value' before initialization
let value = 1;
console.log("never printed");
