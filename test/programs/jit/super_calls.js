// `super.m(...)` and `super.x` in compiled methods: the home object's
// prototype's property read in the host, and a super method call compiled as
// a direct call guarded to be the method compiled against. What must hold: a
// super method replaced mid-loop is the one called, a super property that is
// not a function is read, static methods' super, and three levels of super.
class Shape {
  area() { return 1; }
  scale() { return 2; }
  static kind() { return "shape"; }
}
Shape.prototype.sides = 0;
class Square extends Shape {
  constructor(s) { super(); this.s = s; }
  area() { return this.s * this.s + super.area(); }
  static kind() { return "square/" + super.kind(); }
}
class Cube extends Square {
  area() { return 6 * super.area() + super.scale() + super.sides; }
}
function total(shapes, n) {
  let t = 0;
  for (let i = 0; i < n; i++) {
    if (i === n - 500) Shape.prototype.area = function () { return 100; };
    t += shapes[i % shapes.length].area();
  }
  return t;
}
const shapes = [new Cube(2), new Cube(3)];
console.log("total", total(shapes, 4000), Square.kind());
function kinds(n) { let s = ""; for (let i = 0; i < n; i++) s = Square.kind(); return s; }
console.log("kinds", kinds(3000));
// expect: total 485000 square/shape
// expect: kinds square/shape
