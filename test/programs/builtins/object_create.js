// Object.create with a prototype or null (no property descriptors in the language).
const base = { greet() { return "hi " + this.name; } };
const o = Object.create(base);
o.name = "x";
console.log(o.greet(), Object.getPrototypeOf(o) === base, o, Object.keys(o)); // expect: hi x true { name: 'x' } [ 'name' ]
const bare = Object.create(null);
bare.k = 1;
console.log(bare, Object.getPrototypeOf(bare)); // expect: [Object: null prototype] { k: 1 } null
try {
  Object.create(5);
} catch (e) {
  console.log(e.message); // expect: Object prototype may only be an Object or null: 5
}
