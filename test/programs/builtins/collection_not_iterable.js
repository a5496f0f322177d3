// The Map and Set constructors word a non-iterable argument as V8 does, which
// is not how for-of and spread word it.
class K {}
const tries = [
  () => new Set(5), () => new Map(1.5), () => new Set(true), () => new Set({}), () => new Set(new K()),
  () => new Set(function f() {}), () => [...5], () => { for (const x of {}) {} },
];
for (const t of tries) {
  try {
    t();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
// expect: TypeError number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError number 1.5 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError boolean true is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError object is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError object is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError function is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError 5 is not iterable
// expect: TypeError {} is not iterable
console.log(new Set(null).size, new Map(undefined).size); // expect: 0 0
