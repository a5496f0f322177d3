// A class that extends Object or Array: super() makes an instance of the
// subclass, so its own methods and instanceof work (Array subclasses are still
// arrays, with a live length).
class Model extends Object {
  constructor(id) { super(id); this.id = id; }
  describe() { return `model ${this.id}`; }
}
const m = new Model(7);
console.log(m.describe(), m instanceof Model, m instanceof Object); // expect: model 7 true true
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
for (let i = 1; i <= 1000; i++) s.push(i);
console.log(s.peek(), s.length, s instanceof Stack, Array.isArray(s)); // expect: 1000 1000 true true
s.length = 2;
console.log(s.peek(), JSON.stringify(s), String(s)); // expect: 2 [1,2] 1,2
console.log(new Stack(3).length, new Stack("a", "b").peek()); // expect: 3 b
class Plain extends Array {}
console.log(Object.getPrototypeOf(new Plain()) === Plain.prototype); // expect: true
