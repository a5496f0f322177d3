// Each call to makeCounter creates an independent environment.
function makeCounter(start = 0) {
  let count = start;
  return {
    inc() { return ++count; },
    dec() { return --count; },
    get() { return count; },
  };
}
const a = makeCounter();
const b = makeCounter(10);
a.inc(); a.inc(); b.dec();
console.log(a.get(), b.get()); // expect: 2 9
console.log(a.inc(), b.inc(), a.get() + b.get()); // expect: 3 10 13
const inc = a.inc;
inc();
console.log(a.get()); // expect: 4
