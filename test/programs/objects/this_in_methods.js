// Methods see the object they are called on.
const counter = {
  count: 0,
  inc() { this.count++; return this; },
  add(n) { this.count += n; return this; },
};
counter.inc().inc().add(10);
console.log(counter.count); // expect: 12
const shape = {
  w: 2,
  h: 3,
  area() { return this.w * this.h; },
  scaled(f) { return { ...this, w: this.w * f, h: this.h * f }; },
};
const big = shape.scaled(10);
console.log(shape.area(), big.area(), big.w); // expect: 6 600 20
const methods = { first() { return this.tag; }, tag: "methods" };
const host = { tag: "host", borrowed: methods.first };
console.log(methods.first(), host.borrowed(), methods.first.call({ tag: "called" }));
// expect: methods host called
