// Symbols (and so Symbol.iterator protocols) are not available.
console.log(typeof Symbol); // expect: undefined
Symbol.iterator; // expect runtime error: ReferenceError: Symbol is not defined
