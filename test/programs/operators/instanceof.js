// instanceof walks the prototype chain.
class A {}
class B extends A {}
class C {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof C, b instanceof Object);
// expect: true true false true
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array); // expect: true true false
console.log(new Map() instanceof Map, new Set() instanceof Map); // expect: true false
console.log(new TypeError("x") instanceof Error, new Error("x") instanceof TypeError); // expect: true false
console.log(new RangeError("r") instanceof RangeError, new SyntaxError("s") instanceof Error);
// expect: true true
function F() {}
const f = new F();
console.log(f instanceof F, f instanceof Object, F instanceof Object); // expect: true true true
console.log(1 instanceof Object, "s" instanceof Object, null instanceof Object); // expect: false false false
console.log((() => 1) instanceof Object, A instanceof Object, new A() instanceof B); // expect: true true false
