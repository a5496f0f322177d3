// A __proto__ key in an object literal is rejected before running.
const o = { __proto__: null }; // expect error: `__proto__` in object literals is not supported
