// Constructor, methods and instances.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(other) { return new Point(this.x + other.x, this.y + other.y); }
  len() { return Math.hypot(this.x, this.y); }
  toString() { return `(${this.x}, ${this.y})`; }
}
const p = new Point(3, 4);
const q = p.add(new Point(1, 1));
console.log(p.len(), String(q), `${p}`, q.x, q.y); // expect: 5 (4, 5) (3, 4) 4 5
console.log(p); // expect: Point { x: 3, y: 4 }
console.log(typeof Point, typeof p, p instanceof Point, p.constructor === Point);
// expect: function object true true
console.log(Object.keys(p), "add" in p, Object.keys(Point.prototype)); // expect: [ 'x', 'y' ] true []
console.log(p.add === q.add, Point.name); // expect: true Point
