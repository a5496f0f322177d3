// Classes cannot be called without new.
class Point {
  constructor(x) { this.x = x; }
}
console.log(new Point(1).x); // expect: 1
try {
  Point(2);
} catch (e) {
  console.log(e.name + ": " + e.message);
  // expect: TypeError: Class constructor Point cannot be invoked without 'new'
}
const p = Point(3); // expect runtime error: TypeError: Class constructor Point cannot be invoked without 'new'
