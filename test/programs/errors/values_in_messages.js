// How builtins' error messages name the value they reject, as V8 does: a string as it is, a function by its
// source, an error as `Name: message`, `#<Class>`, `[object Array]`; Map's and Set's forEach add the type.
class Foo {}
class Anon {}
const message = (f) => {
  try {
    f();
    return "no error";
  } catch (e) {
    return e.message;
  }
};
const values = ["abc", -0, null, true, {}, [1, 2], new Foo(), Object.create(null), new Map(), new Error("boom"), new TypeError(""), { toString() { return "x"; } }, Object.create(Foo.prototype)];
for (const v of values) console.log([message(() => [1].map(v)), message(() => new Set([1]).forEach(v)), message(() => Map.prototype.get.call(v, 1))].join(" | "));
// expect: abc is not a function | string "abc" is not a function | Method Map.prototype.get called on incompatible receiver abc
// expect: 0 is not a function | number 0 is not a function | Method Map.prototype.get called on incompatible receiver 0
// expect: null is not a function | object null is not a function | Method Map.prototype.get called on incompatible receiver null
// expect: true is not a function | boolean true is not a function | Method Map.prototype.get called on incompatible receiver true
// expect: #<Object> is not a function | object is not a function | Method Map.prototype.get called on incompatible receiver #<Object>
// expect: [object Array] is not a function | object is not a function | Method Map.prototype.get called on incompatible receiver [object Array]
// expect: #<Foo> is not a function | object is not a function | Method Map.prototype.get called on incompatible receiver #<Foo>
// expect: [object Object] is not a function | object is not a function | Method Map.prototype.get called on incompatible receiver [object Object]
// expect: #<Map> is not a function | object is not a function | no error
// expect: Error: boom is not a function | object is not a function | Method Map.prototype.get called on incompatible receiver Error: boom
// expect: TypeError is not a function | object is not a function | Method Map.prototype.get called on incompatible receiver TypeError
// expect: [object Object] is not a function | object is not a function | Method Map.prototype.get called on incompatible receiver [object Object]
// expect: #<Foo> is not a function | object is not a function | Method Map.prototype.get called on incompatible receiver #<Foo>
function fn(a) { return a; }
console.log(message(() => Set.prototype.has.call(fn, 1))); // expect: Method Set.prototype.has called on incompatible receiver function fn(a) { return a; }
console.log(message(() => Object.create("proto")), "|", message(() => Array.from([1], "f"))); // expect: Object prototype may only be an Object or null: proto | f is not a function
console.log(message(() => { class A extends "s" {} })); // expect: Class extends value s is not a constructor or null
console.log(message(() => { class B extends Anon.prototype {} })); // expect: Class extends value #<Anon> is not a constructor or null
console.log(message(() => new Map(["ab"])), "|", message(() => new Map([5]))); // expect: Iterator value ab is not an entry object | Iterator value 5 is not an entry object
console.log(message(() => Array.from(null))); // expect: object null is not iterable (cannot read property Symbol(Symbol.iterator))
console.log(message(() => Boolean.prototype.toString.call(1))); // expect: Boolean.prototype.toString requires that 'this' be a Boolean
// any object is an entry: its "0" and "1" are the key and the value
console.log(new Map([{ 0: "k", 1: "v" }, [1], new Map()])); // expect: Map(3) { 'k' => 'v', 1 => undefined, undefined => undefined }
