// A memoizing wrapper keeps its cache in a closure.
function memoize(f) {
  const cache = new Map();
  let misses = 0;
  const wrapped = (n) => {
    if (cache.has(n)) return cache.get(n);
    misses++;
    const v = f(n);
    cache.set(n, v);
    return v;
  };
  wrapped.misses = () => misses;
  return wrapped;
}
const fib = memoize((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(50), fib.misses()); // expect: 12586269025 51
console.log(fib(60), fib.misses()); // expect: 1548008755920 61
console.log(fib(10), fib.misses()); // expect: 55 61
