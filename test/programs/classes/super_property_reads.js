// `super.x` read as a value (not called): the parent prototype's property, on
// instance and static methods, computed and chained.
class Shape {
  area() { return 0; }
  static kind = "shape";
  static describe() { return "a " + this.kind; }
}
class Square extends Shape {
  constructor(side) { super(); this.side = side; }
  area() { return this.side ** 2; }
  parentArea() { return super.area === Shape.prototype.area; }
  missing() { return super.perimeter; }
  computed(name) { return typeof super[name]; }
  chained() { return super.constructor.name; }
  optional() { return super.perimeter?.length; }
  static describe() { return super.describe() + " / " + typeof super.describe; }
}
const sq = new Square(3);
let same = 0;
for (let i = 0; i < 2000; i++) if (sq.parentArea()) same++;
console.log(same, sq.area()); // expect: 2000 9
console.log(sq.missing(), sq.computed("area"), sq.computed("nothing")); // expect: undefined function undefined
console.log(sq.chained(), sq.optional()); // expect: Shape undefined
console.log(Square.describe()); // expect: a shape / function
