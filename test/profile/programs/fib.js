// fib(10) calls fib C(10) times, where C(n) = 1 + C(n-1) + C(n-2) and C(0) = C(1) = 1:
// C = 1, 1, 3, 5, 9, 15, 25, 41, 67, 109, 177. One call comes from the top level
// (the only primitive one); the other 176 are recursive.
// expect-calls: <script> 1
// expect-calls: fib 177/1
// expect-edge: <script> -> fib 1
// expect-edge: fib -> fib 176
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

console.log(fib(10));
