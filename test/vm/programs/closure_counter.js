// Captured variables live in a heap context; the closure reaches them by hops.
function makeCounter(start) {
  let count = start;
  return () => ++count;
}
const next = makeCounter(10);
next();
console.log(next());
