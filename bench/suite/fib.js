// fib: naive doubly-recursive Fibonacci (recursion / call overhead).
const BENCHMARK = {
  name: "fib",
  category: "recursion",
  size: 26,
  tinySize: 12,
  description: "Naive doubly-recursive Fibonacci; stresses calls, returns and small-int arithmetic.",
};

function fibRec(n) {
  if (n < 2) return n;
  return fibRec(n - 1) + fibRec(n - 2);
}

function benchmark(size) {
  return fibRec(size);
}

function verify(result, size) {
  // Known values, then an independent iterative computation.
  if (size === 12 && result !== 144) return false;
  if (size === 25 && result !== 75025) return false;
  if (size === 26 && result !== 121393) return false;
  if (size === 27 && result !== 196418) return false;
  let a = 0;
  let b = 1;
  for (let i = 0; i < size; i++) {
    const t = a + b;
    a = b;
    b = t;
  }
  return result === a;
}
