// super.method() calls the parent implementation with the same this.
class A {
  hello() { return "A.hello(" + this.tag + ")"; }
  static create() { return "A.create"; }
}
class B extends A {
  constructor() { super(); this.tag = "b"; }
  hello() { return "B>" + super.hello(); }
  static create() { return "B>" + super.create(); }
}
class C extends B {
  constructor() { super(); this.tag = "c"; }
  hello() { return "C>" + super.hello(); }
  callParentLater() { const f = () => super.hello(); return f(); }
}
const c = new C();
console.log(c.hello()); // expect: C>B>A.hello(c)
console.log(new B().hello()); // expect: B>A.hello(b)
console.log(C.create(), B.create()); // expect: B>A.create B>A.create
console.log(c.callParentLater()); // expect: B>A.hello(c)
class Logger {
  log(msg) { return `[base] ${msg}`; }
}
class Timestamped extends Logger {
  log(msg) { return super.log(`t=0 ${msg}`).toUpperCase(); }
}
console.log(new Timestamped().log("ready")); // expect: [BASE] T=0 READY
