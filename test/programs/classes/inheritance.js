// extends, super(...) and method overriding.
class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
  describe() { return `${this.name} with area ${this.area().toFixed(2)}`; }
}
class Rect extends Shape {
  constructor(w, h) {
    super("rect");
    this.w = w;
    this.h = h;
  }
  area() { return this.w * this.h; }
}
class Square extends Rect {
  constructor(s) {
    super(s, s);
    this.name = "square";
  }
}
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
}
const shapes = [new Rect(2, 3), new Square(4), new Circle(1), new Shape("blob")];
for (const s of shapes) console.log(s.describe());
// expect: rect with area 6.00
// expect: square with area 16.00
// expect: circle with area 3.14
// expect: blob with area 0.00
const sq = shapes[1];
console.log(sq instanceof Square, sq instanceof Rect, sq instanceof Shape, sq instanceof Circle);
// expect: true true true false
console.log(sq); // expect: Square { name: 'square', w: 4, h: 4 }
