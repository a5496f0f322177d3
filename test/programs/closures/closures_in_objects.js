// Arrow functions capture `this` lexically; methods receive it from the call.
class Timer {
  constructor() {
    this.ticks = 0;
    this.tick = () => { this.ticks++; return this.ticks; };
  }
  makeReader() {
    return () => this.ticks;
  }
}
const t = new Timer();
const tick = t.tick;
tick(); tick();
const reader = t.makeReader();
console.log(t.ticks, reader()); // expect: 2 2
const obj = {
  label: "obj",
  arrowLater() {
    const inner = () => this.label;
    return inner();
  },
  nested() {
    return [1, 2].map((n) => this.label + n);
  },
};
console.log(obj.arrowLater(), obj.nested()); // expect: obj [ 'obj1', 'obj2' ]
const other = { label: "other", arrowLater: obj.arrowLater };
console.log(other.arrowLater()); // expect: other
