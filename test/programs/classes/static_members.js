// Static methods and fields live on the class itself.
class Temperature {
  static unit = "C";
  static count = 0;
  static fromF(f) { return new Temperature(((f - 32) * 5) / 9); }
  static describe() { return `unit=${this.unit} count=${this.count}`; }
  constructor(c) { this.c = c; Temperature.count++; }
}
const t = Temperature.fromF(212);
new Temperature(0);
console.log(t.c, Temperature.count, Temperature.describe()); // expect: 100 2 unit=C count=2
console.log(t.unit, typeof t.fromF, "fromF" in Temperature); // expect: undefined undefined true
class Sub extends Temperature {
  static unit = "K";
}
console.log(Sub.describe(), Sub.count, Sub.fromF(32) instanceof Temperature); // expect: unit=K count=2 2 true
Sub.count = 100;
console.log(Temperature.count, Sub.count); // expect: 3 100
class Registry {
  static items = [];
  static add(x) { this.items.push(x); return this; }
}
Registry.add(1).add(2);
console.log(Registry.items); // expect: [ 1, 2 ]
