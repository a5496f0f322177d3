// Class instances print with their class name.
class Foo { constructor() { this.x = 1; } }
class Empty {}
class Bar extends Foo { constructor() { super(); this.y = [1, 2]; } }
console.log(new Foo(), new Empty(), new Bar()); // expect: Foo { x: 1 } Empty {} Bar { x: 1, y: [ 1, 2 ] }
console.log([new Foo(), new Empty()]); // expect: [ Foo { x: 1 }, Empty {} ]
console.log({ inner: new Bar() }); // expect: { inner: Bar { x: 1, y: [ 1, 2 ] } }
class WithMethods { m() {} static s() {} }
console.log(new WithMethods()); // expect: WithMethods {}
class Nested { constructor() { this.child = new Foo(); this.deep = { a: { b: new Foo() } }; } }
console.log(new Nested()); // expect: Nested { child: Foo { x: 1 }, deep: { a: { b: [Foo] } } }
const AnonClass = class {};
console.log(new AnonClass()); // expect: AnonClass {}
const trulyAnon = [class {}][0];
console.log(new trulyAnon()); // expect: {}
