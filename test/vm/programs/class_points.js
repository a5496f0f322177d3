// Classes: constructor field writes (inline caches), a method call, inheritance and super.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm1() {
    return Math.abs(this.x) + Math.abs(this.y);
  }
}
class Point3 extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
  norm1() {
    return super.norm1() + Math.abs(this.z);
  }
}
console.log(new Point3(1, -2, 3).norm1());
