// isEven(10) → isOdd(9) → isEven(8) → ... → isEven(0): isEven runs for 10, 8, 6, 4, 2, 0
// (6 calls, the first primitive) and isOdd for 9, 7, 5, 3, 1 (5 calls, the first primitive:
// no isOdd call is active when isEven(10) calls isOdd(9)). Done twice: 12/2 and 10/2.
// expect-calls: isEven 12/2
// expect-calls: isOdd 10/2
// expect-calls: main 1
// expect-edge: main -> isEven 2
// expect-edge: isEven -> isOdd 10
// expect-edge: isOdd -> isEven 10
function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}

function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}

function main() {
  return [isEven(10), isEven(10)];
}

console.log(main());
