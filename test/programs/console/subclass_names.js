// console.log names instances of classes extending Map, Set and Array, shows
// own properties of a Map or Set, and finds an object's class through its prototype chain.
class MyMap extends Map {}
class MySet extends Set {
  constructor(items) {
    super(items);
    this.extra = 1;
  }
}
console.log(new MyMap([[1, 2]]), new MySet([1])); // expect: MyMap(1) [Map] { 1 => 2 } MySet(1) [Set] { 1, extra: 1 }
const tagged = new Map([["k", "v"]]);
tagged.label = "x";
console.log(tagged, [new MySet()]); // expect: Map(1) { 'k' => 'v', label: 'x' } [ MySet(0) [Set] { extra: 1 } ]
class Stack extends Array {}
const s = new Stack();
s.push(1, 2);
console.log(s, { s }); // expect: Stack(2) [ 1, 2 ] { s: Stack(2) [ 1, 2 ] }
class Point {
  constructor() {
    this.x = 1;
  }
}
console.log(Object.create(new Point()), Object.create(Point.prototype)); // expect: Point {} Point {}
console.log({ constructor: Point }, [Object.create(Object.create(new Point()))]); // expect: { constructor: [class Point] } [ Point {} ]
