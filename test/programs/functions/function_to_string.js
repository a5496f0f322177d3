// Function.prototype.toString (and String(f), `${f}`): a class's whole source, a method's source from its key,
// and `function () { [native code] }` for a bound function.
const key = "dyn";
class Empty {}
class Point { constructor(x) { this.x = x; } norm() { return this.x; } }
class Point3 extends Point {}
const Anon = class { };
console.log(String(Empty)); // expect: class Empty {}
console.log(`${Point}`); // expect: class Point { constructor(x) { this.x = x; } norm() { return this.x; } }
console.log(String(Point3), String(Anon)); // expect: class Point3 extends Point {} class { }
console.log(String(Point.prototype.norm)); // expect: norm() { return this.x; }
class Statics { static  make() { return 1; } [key]() {} 'quoted'() {} 42() {} }
console.log(String(Statics.make), String(Statics.prototype.dyn)); // expect: make() { return 1; } [key]() {}
console.log(String(Statics.prototype.quoted), String(Statics.prototype[42])); // expect: 'quoted'() {} 42() {}
const o = { method(a) { return a; }, [key]() { return 2; }, "str key"() {}, arrow: (a) => a * 2, fn: function (b) { return b; } };
console.log(String(o.method), String(o.dyn), String(o["str key"])); // expect: method(a) { return a; } [key]() { return 2; } "str key"() {}
console.log(String(o.arrow), String(o.fn)); // expect: (a) => a * 2 function (b) { return b; }
console.log(String(o.fn.bind(null)), String(Math.max)); // expect: function () { [native code] } function max() { [native code] }
console.log("" + class {}); // expect: class {}
