// Math, JSON, the Map/Set prototypes and iterators have a Symbol.toStringTag:
// Object.prototype.toString and string conversion show it, and so does console.log.
console.log(String(Math), `${JSON}`); // expect: [object Math] [object JSON]
console.log(Object.prototype.toString.call([].keys())); // expect: [object Array Iterator]
console.log(String(new Map().entries()), String(new Set().values())); // expect: [object Map Iterator] [object Set Iterator]
console.log(Object.prototype.toString.call(Map.prototype), "" + new Set()); // expect: [object Map] [object Set]
console.log(Object.prototype.toString.call(Object.create(Math))); // expect: [object Math]
console.log(Object.prototype.toString.call({}), String([].concat)); // expect: [object Object] function concat() { [native code] }
console.log(Math, JSON); // expect: Object [Math] {} Object [JSON] {}
console.log([Math], { j: JSON }); // expect: [ Object [Math] {} ] { j: Object [JSON] {} }
console.log(Map.prototype, [[1].entries()]); // expect: Object [Map] {} [ Object [Array Iterator] {} ]
// an object inheriting a tag shows its class and the tag, once when they agree
console.log(Object.create(new Map()), Object.create(Object.create(Math))); // expect: Map {} Object [Math] {}
const fromIterator = Object.create([1].keys());
fromIterator.x = 1;
console.log(fromIterator, Object.prototype.toString.call(fromIterator)); // expect: Object [Array Iterator] { x: 1 } [object Array Iterator]
