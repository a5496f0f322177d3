// globalThis and friends do not exist.
console.log(typeof globalThis, typeof global, typeof window, typeof self); // expect: undefined undefined undefined undefined
globalThis.process; // expect runtime error: ReferenceError: globalThis is not defined
