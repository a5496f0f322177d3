// A class that extends null has no super constructor: constructing it (with the
// implicit constructor or an explicit super()) is V8's TypeError naming the
// class; a constructor that returns its own object works.
class Bare extends null {}
console.log(typeof Bare, Object.getPrototypeOf(Bare.prototype)); // expect: function null
try {
  new Bare();
} catch (e) {
  console.log(e.name, e.message); // expect: TypeError Super constructor null of Bare is not a constructor
}
class Explicit extends null {
  constructor() {
    super();
  }
}
try {
  new Explicit();
} catch (e) {
  console.log(e.message); // expect: Super constructor null of Explicit is not a constructor
}
const Assigned = class extends null {};
try {
  new Assigned();
} catch (e) {
  console.log(e.message); // expect: Super constructor null of Assigned is not a constructor
}
class Own extends null {
  constructor() {
    return Object.create(Own.prototype);
  }
  hello() { return "hi"; }
}
console.log(new Own().hello(), new Own() instanceof Own); // expect: hi true
new (class extends null {})(); // expect runtime error: TypeError: Super constructor null of anonymous class is not a constructor
