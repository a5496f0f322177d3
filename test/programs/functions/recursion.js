// Plain recursion.
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(10), fact(20), fact(25)); // expect: 3628800 2432902008176640000 1.5511210043330986e+25
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20)); // expect: 6765
function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
console.log(ackermann(2, 3)); // expect: 9
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
console.log(hanoi(3, "A", "C", "B", []).join(" ")); // expect: AC AB CB AC BA BC AC
function flatten(arr) {
  let out = [];
  for (const x of arr) out = Array.isArray(x) ? out.concat(flatten(x)) : out.concat([x]);
  return out;
}
console.log(flatten([1, [2, [3, [4, [5]]]], 6])); // expect: [ 1, 2, 3, 4, 5, 6 ]
