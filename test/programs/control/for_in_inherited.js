// for...in also visits enumerable properties inherited through the prototype chain.
class Base {
  constructor() { this.own = 1; }
  method() {}
}
Base.prototype.shared = "from prototype";
class Derived extends Base {
  constructor() { super(); this.derivedOwn = 2; }
}
Derived.prototype.derivedShared = "from derived prototype";
const d = new Derived();
const keys = [];
for (const k in d) keys.push(k);
console.log(keys.join(" ")); // expect: own derivedOwn derivedShared shared
console.log(Object.keys(d).join(" "), "shared" in d, d.shared); // expect: own derivedOwn true from prototype
d.shared = "shadowed";
const again = [];
for (const k in d) again.push(k);
console.log(again.join(" ")); // expect: own derivedOwn shared derivedShared
function Legacy() { this.a = 1; }
Legacy.prototype.b = 2;
const l = new Legacy();
const lk = [];
for (const k in l) lk.push(k + "=" + l[k]);
console.log(lk.join(" ")); // expect: a=1 b=2
