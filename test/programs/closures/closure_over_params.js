// Parameters are captured like any other variable.
function makeAccumulator(total) {
  return function (n) {
    total += n;
    return total;
  };
}
const acc = makeAccumulator(100);
console.log(acc(1), acc(10), acc(-50)); // expect: 101 111 61
function once(f) {
  let done = false;
  let result;
  return (...args) => {
    if (!done) {
      done = true;
      result = f(...args);
    }
    return result;
  };
}
const init = once((x) => { console.log("init ran"); return x * 2; });
console.log(init(5), init(7));
// expect: init ran
// expect: 10 10
function callbacks() {
  const out = [];
  [1, 2, 3].forEach((n) => out.push(() => n * n));
  return out.map((f) => f());
}
console.log(callbacks()); // expect: [ 1, 4, 9 ]
