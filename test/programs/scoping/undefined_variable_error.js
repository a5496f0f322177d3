// Reading an undeclared variable is a ReferenceError.
console.log("start"); // expect: start
console.log(typeof missingVariable); // expect: undefined
console.log(missingVariable); // expect runtime error: ReferenceError: missingVariable is not defined
