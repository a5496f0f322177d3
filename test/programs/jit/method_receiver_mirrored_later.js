// A method call in a long loop on one receiver: the receiver gets its slot
// mirror only when asked for a third time, so the call site asks again after
// each miss until then, and hits its cache after. The calls must still see
// everything that changes the method: the prototype's method replaced in the
// loop, the receiver given an own property of the method's name (a new
// shape), and a receiver that never gets a mirror (an object used as a
// prototype), whose every call is looked up through the host.
class Counter {
  constructor(step) {
    this.step = step;
  }
  add(x) {
    return (x + this.step) | 0;
  }
}

function run(c, n, at, replacement) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = c.add(s);
    if (i === at) Counter.prototype.add = replacement;
  }
  return s;
}

function shadowed(c, n, at) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = c.add(s);
    if (i === at) c.add = (x) => x - 1;
  }
  return s;
}

const original = Counter.prototype.add;
const results = [];
for (let k = 0; k < 12; k++) {
  results.push(run(new Counter(k), 3000, -1, null));
  results.push(run(new Counter(2), 3000, 2000 + k, function (x) { return x + 100 + this.step; }));
  Counter.prototype.add = original;
  results.push(shadowed(new Counter(3), 3000, 1500 + k));
  // an object other objects inherit from is never mirrored
  const base = new Counter(5);
  const child = Object.create(base);
  results.push(run(base, 2000, -1, null) + child.step);
}
console.log(results.slice(0, 8).join(" "));
console.log(results.slice(-8).join(" "));
// expect: 0 105900 3004 10005 3000 105800 3008 10005
// expect: 30000 104900 3044 10005 33000 104800 3048 10005
