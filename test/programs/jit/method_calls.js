// Method calls from compiled code go straight to the compiled method, guarded
// to be the function it was compiled against: a method replaced on the
// prototype, an own property shadowing it, a receiver of another class, and
// `this.f(x - 1)` (an argument that is not a plain value makes the call a
// property read then a call with `this`, guarded on the function read) must
// all still call what JS calls.
class Counter {
  constructor() {
    this.n = 0;
  }
  step(k) {
    let q = k;
    for (let j = 0; j < 4; j++) q = (q * 5 + j) % 7;
    this.n += k;
    return this.n + q;
  }
  run(m) {
    let s = 0;
    for (let i = 0; i < m; i++) {
      const k = (i * 7 + 3) % 5;
      const r = k % 3;
      s += this.step(r) + k * k - (k >> 1) + ((i & 3) | 1);
    }
    return s;
  }
  depth(d) {
    return d === 0 ? 0 : 1 + this.depth(d - 1);
  }
}
const c = new Counter();
let total = 0;
for (let r = 0; r < 20; r++) total += c.run(200);
console.log(total, c.n); // expect: 6440800 3200

Counter.prototype.step = function (k) {
  this.n -= k;
  return -1;
};
console.log(c.run(10), c.n); // expect: 60 3192
c.step = function (k) {
  return 1000 + k;
};
console.log(c.run(3), c.n); // expect: 3018 3192

class Other {
  constructor() {
    this.n = 100;
  }
  step(k) {
    return this.n + k;
  }
}
const o = new Other();
o.run = Counter.prototype.run;
console.log(o.run(6)); // expect: 648

let d = 0;
for (let i = 0; i < 300; i++) d += c.depth(50);
console.log(d); // expect: 15000
const oldDepth = Counter.prototype.depth;
Counter.prototype.depth = function (x) {
  return -x;
};
console.log(c.depth(50)); // expect: -50
c.oldDepth = oldDepth;
console.log(c.oldDepth(5)); // expect: -3

// a method that returns another type after a while (the call's result guard)
class Sometimes {
  constructor() {
    this.calls = 0;
  }
  value() {
    this.calls++;
    return this.calls > 2000 ? 'x' : this.calls;
  }
}
const sm = new Sometimes();
let last;
let sum = 0;
for (let i = 0; i < 2500; i++) {
  last = sm.value();
  if (typeof last === 'number') sum += last;
}
console.log(sum, last, sm.calls); // expect: 2001000 x 2500
