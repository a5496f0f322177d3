// Field initialization order across base and derived classes.
const log = [];
class Base {
  baseField = (log.push("base field"), "b");
  constructor() {
    log.push("base constructor");
    log.push("sees derived field? " + this.describe());
  }
  describe() { return "base"; }
}
class Derived extends Base {
  derivedField = (log.push("derived field"), "d");
  constructor() {
    log.push("derived constructor before super");
    super();
    log.push("derived constructor after super");
  }
  describe() { return String(this.derivedField); }
}
const d = new Derived();
console.log(log.join("\n"));
// expect: derived constructor before super
// expect: base field
// expect: base constructor
// expect: sees derived field? undefined
// expect: derived field
// expect: derived constructor after super
console.log(d.describe(), Object.keys(d)); // expect: d [ 'baseField', 'derivedField' ]
class Shadow {
  value = "field";
  value2 = this.value + "+";
  method = () => "field arrow";
  method() { return "prototype method"; }
}
const s = new Shadow();
console.log(s.value2, s.method()); // expect: field+ field arrow
const key = "dynamic";
class Computed {
  [key] = 1;
  ["a" + "b"] = 2;
  static [key + "Static"] = 3;
}
console.log(new Computed(), Computed.dynamicStatic); // expect: Computed { dynamic: 1, ab: 2 } 3
