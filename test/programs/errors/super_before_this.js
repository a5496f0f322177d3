// Using this before super() in a derived constructor.
class Base { constructor() { this.base = true; } }
class Derived extends Base {
  constructor(early) {
    if (early) this.x = 1;
    super();
    this.x = 2;
  }
}
console.log(new Derived(false).x); // expect: 2
try {
  new Derived(true);
} catch (e) {
  console.log(e.name + ": " + e.message);
  // expect: ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
}
class NoSuper extends Base {
  constructor() {}
}
try {
  new NoSuper();
} catch (e) {
  console.log(e.name + ": " + e.message);
  // expect: ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
}
