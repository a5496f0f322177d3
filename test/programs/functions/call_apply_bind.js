// Function.prototype.call, apply and bind.
function describe(greeting, punct) {
  return `${greeting}, ${this.name}${punct}`;
}
const ann = { name: "Ann" };
const bob = { name: "Bob" };
console.log(describe.call(ann, "Hi", "!")); // expect: Hi, Ann!
console.log(describe.apply(bob, ["Hello", "?"])); // expect: Hello, Bob?
console.log(describe.apply(ann, [])); // expect: undefined, Annundefined
const hiAnn = describe.bind(ann, "Hi");
console.log(hiAnn("."), hiAnn("!!")); // expect: Hi, Ann. Hi, Ann!!
const rebound = hiAnn.bind(bob, "ignored?");
console.log(rebound()); // expect: Hi, Annignored?
const add = (a, b, c) => a + b + c;
const add1 = add.bind(null, 1);
const add12 = add1.bind(null, 2);
console.log(add1(2, 3), add12(3), add12(3, 100)); // expect: 6 6 6
console.log(Math.max.apply(null, [3, 9, 2]), Math.min.call(null, 4, 2, 8)); // expect: 9 2
class Counter {
  constructor() { this.n = 0; }
  inc(by) { this.n += by; return this.n; }
}
const c = new Counter();
const inc = c.inc.bind(c);
[1, 2, 3].forEach((x) => inc(x));
console.log(c.n, Counter.prototype.inc.call(c, 10)); // expect: 6 16
