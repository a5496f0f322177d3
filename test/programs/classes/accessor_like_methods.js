// State encapsulated behind methods, with chaining.
class Stack {
  items = [];
  push(...xs) { this.items.push(...xs); return this; }
  pop() { return this.items.pop(); }
  peek() { return this.items[this.items.length - 1]; }
  size() { return this.items.length; }
  isEmpty() { return this.size() === 0; }
}
const s = new Stack().push(1, 2).push(3);
console.log(s.size(), s.peek(), s.pop(), s.pop(), s.size(), s.isEmpty()); // expect: 3 3 3 2 1 false
s.pop();
console.log(s.isEmpty(), s.pop(), s); // expect: true undefined Stack { items: [] }
class Matrix {
  constructor(rows) { this.rows = rows; }
  static identity(n) {
    return new Matrix(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))));
  }
  mul(o) {
    return new Matrix(this.rows.map((r) => o.rows[0].map((_, j) => r.reduce((acc, v, k) => acc + v * o.rows[k][j], 0))));
  }
}
const m = new Matrix([[1, 2], [3, 4]]);
console.log(m.mul(Matrix.identity(2)).rows, m.mul(m).rows);
// expect: [ [ 1, 2 ], [ 3, 4 ] ] [ [ 7, 10 ], [ 15, 22 ] ]
