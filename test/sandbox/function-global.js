// There is no Function global.
console.log(typeof Function); // expect: undefined
new Function("return 1"); // expect runtime error: ReferenceError: Function is not defined
