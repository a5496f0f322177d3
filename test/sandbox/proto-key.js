// __proto__ is an ordinary key: assigning it does not change prototypes.
const o = {};
o["__proto__"] = { injected: true };
console.log(o.injected, Object.getPrototypeOf(o) === Object.prototype); // expect: undefined true
