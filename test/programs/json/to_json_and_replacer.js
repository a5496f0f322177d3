// toJSON methods and replacer arrays.
class Money {
  constructor(cents) { this.cents = cents; }
  toJSON() { return (this.cents / 100).toFixed(2); }
}
console.log(JSON.stringify({ price: new Money(1999), list: [new Money(5)] }));
// expect: {"price":"19.99","list":["0.05"]}
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ["a", "c"])); // expect: {"a":1,"c":{"a":3}}
console.log(JSON.stringify({ keep: 1, drop: 2 }, (k, v) => (k === "drop" ? undefined : v)));
// expect: {"keep":1}
console.log(JSON.stringify([1, 2, 3], (k, v) => (typeof v === "number" ? v * 10 : v))); // expect: [10,20,30]
