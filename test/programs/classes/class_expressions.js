// Class expressions, names and classes as values.
const Anon = class {};
const Named = class Inner {
  who() { return Inner.name; }
};
console.log(Anon.name, Named.name, new Named().who(), typeof Inner); // expect: Anon Inner Inner undefined
function makeClass(greeting) {
  return class {
    greet(n) { return `${greeting}, ${n}`; }
  };
}
const Hi = makeClass("hi");
const Yo = makeClass("yo");
console.log(new Hi().greet("a"), new Yo().greet("b"), Hi === Yo); // expect: hi, a yo, b false
const mixin = (Base) => class extends Base {
  mixed() { return "mixed into " + this.kind(); }
};
class Thing { kind() { return "thing"; } }
const Mixed = mixin(Thing);
const m = new Mixed();
console.log(m.mixed(), m instanceof Thing); // expect: mixed into thing true
const registry = { Thing, Mixed };
console.log(new registry.Thing().kind()); // expect: thing
