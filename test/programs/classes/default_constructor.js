// Derived classes without a constructor forward all arguments.
class Base {
  constructor(a, b, ...rest) {
    this.a = a;
    this.b = b;
    this.rest = rest;
  }
}
class Derived extends Base {}
class Derived2 extends Derived {
  extra = "field";
}
console.log(new Derived(1, 2, 3, 4)); // expect: Derived { a: 1, b: 2, rest: [ 3, 4 ] }
console.log(new Derived2("x")); // expect: Derived2 { a: 'x', b: undefined, rest: [], extra: 'field' }
class Empty {}
const e = new Empty();
console.log(e, Object.keys(e).length, e instanceof Empty); // expect: Empty {} 0 true
class WithReturn {
  constructor() { return { replaced: true }; }
}
console.log(new WithReturn(), new WithReturn() instanceof WithReturn); // expect: { replaced: true } false
