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
