// process is not reachable.
console.log(typeof process); // expect: undefined
process.exit(0); // expect runtime error: ReferenceError: process is not defined
