// A function's text (String(fn), Function.prototype.toString) is its source:
// a class from `class`, a method from its name (after `static`, with the `[`
// of a computed name); a bound function's is V8's stand-in. Class extends with
// a value that is no constructor names it the same way.
const obj = { twice(x) { return 2 * x; }, ["comp" + "uted"](y) { return y; }, arrow: (z) => z };
class Point {
  constructor(x) { this.x = x; }
  static origin() { return new Point(0); }
  norm() { return Math.abs(this.x); }
}
console.log(String(obj.twice)); // expect: twice(x) { return 2 * x; }
console.log(String(obj.computed)); // expect: ["comp" + "uted"](y) { return y; }
console.log(`${obj.arrow}`); // expect: (z) => z
console.log(String(Point.origin), String(new Point(1).norm)); // expect: origin() { return new Point(0); } norm() { return Math.abs(this.x); }
console.log(String(Point).split("\n")[0]); // expect: class Point {
console.log(String(obj.twice.bind(null))); // expect: function () { [native code] }
for (const base of [(a) => a, "text", Math.max]) {
  try {
    class Broken extends base {}
  } catch (e) {
    console.log(e.message);
  }
}
// expect: Class extends value (a) => a is not a constructor or null
// expect: Class extends value text is not a constructor or null
// expect: Class extends value function max() { [native code] } is not a constructor or null
