// A derived constructor may return an object (which replaces `this`) or
// undefined; returning any other value is a TypeError, even after super().
class Base {
  constructor() { this.kind = "base"; }
}
class ReturnsObject extends Base {
  constructor(n) { super(); return { n }; }
}
class ReturnsUndefined extends Base {
  constructor() { super(); this.extra = 1; return undefined; }
}
class ReturnsNumber extends Base {
  constructor(n) { super(); return n; }
}
class ReturnsNull extends Base {
  constructor() { super(); return null; }
}
let total = 0;
for (let i = 0; i < 3000; i++) total += new ReturnsObject(i).n;
console.log(total); // expect: 4498500
const u = new ReturnsUndefined();
console.log(u.kind, u.extra, u instanceof ReturnsUndefined); // expect: base 1 true
let caught = 0;
for (let i = 0; i < 3000; i++) {
  try {
    new ReturnsNumber(i);
  } catch (e) {
    if (e instanceof TypeError) caught++;
  }
}
console.log(caught); // expect: 3000
try {
  new ReturnsNull();
} catch (e) {
  console.log(e.name + ": " + e.message); // expect: TypeError: Derived constructors may only return object or undefined
}
class Plain {
  constructor() { this.ok = true; return 42; }
}
console.log(new Plain().ok); // expect: true
new ReturnsNumber("text"); // expect runtime error: TypeError: Derived constructors may only return object or undefined
