// A named function expression sees both its own name and `this`: called with `new`, as a
// method or bound, `this` is the object (the VM put the function itself in `this`'s register).
const Point = function Point(x, y) { this.x = x; this.y = y; };
const p = new Point(1, 2);
console.log(p.x, p.y, p instanceof Point); // expect: 1 2 true
const Bound = (function Made(v) { this.v = v; }).bind(null, 5);
console.log(new Bound().v); // expect: 5
const counter = { n: 10, next: function next() { return ++this.n; } };
console.log(counter.next(), counter.next()); // expect: 11 12
const recursive = { base: 3, sum: function sum(k) { return k === 0 ? this.base : k + sum.call(this, k - 1); } };
console.log(recursive.sum(4)); // expect: 13
