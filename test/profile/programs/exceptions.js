// Exceptions unwind calls: the profiler must close every frame between the throw
// and the catch, so later calls are attributed to the right caller.
//   catcher: 5 × thrower(3) → thrower runs for 3, 2, 1, 0 each time: 20 calls, 5 primitive,
//            the throw at 0 unwinds all four frames back to catcher's try
//   middle: thrower(2) (3 calls) is caught inside middle, then middle calls leaf
//   leaf is called by middle (1) and by the top level after the catches (1)
// expect-calls: thrower 23/6
// expect-calls: catcher 1
// expect-calls: middle 1
// expect-calls: leaf 2
// expect-edge: catcher -> thrower 5
// expect-edge: thrower -> thrower 17
// expect-edge: middle -> thrower 1
// expect-edge: middle -> leaf 1
// expect-edge: <script> -> leaf 1
function thrower(n) {
  if (n === 0) throw new Error('bottom');
  return thrower(n - 1);
}

function catcher() {
  let caught = 0;
  for (let i = 0; i < 5; i++) {
    try {
      thrower(3);
    } catch (e) {
      caught++;
    }
  }
  return caught;
}

function leaf() {
  return 1;
}

function middle() {
  try {
    thrower(2);
  } catch (e) {
    // ignored
  }
  return leaf();
}

console.log(catcher(), middle(), leaf());
