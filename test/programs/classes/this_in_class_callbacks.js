// this inside class methods, arrows and extracted methods.
class Greeter {
  constructor(name) { this.name = name; }
  greet() { return "hi " + this.name; }
  greetAll(list) { return list.map((x) => `${this.greet()} & ${x}`); }
  greetLater() { return () => this.greet(); }
}
const g = new Greeter("ann");
console.log(g.greetAll(["bo", "cy"])); // expect: [ 'hi ann & bo', 'hi ann & cy' ]
const later = g.greetLater();
console.log(later()); // expect: hi ann
const detached = g.greet;
try {
  detached();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
  // expect: true Cannot read properties of undefined (reading 'name')
}
const bound = g.greet.bind({ name: "bound" });
console.log(bound(), g.greet.call({ name: "called" }), g.greet.apply(new Greeter("applied")));
// expect: hi bound hi called hi applied
