// require is not reachable.
console.log(typeof require, typeof module, typeof exports); // expect: undefined undefined undefined
require("fs"); // expect runtime error: ReferenceError: require is not defined
