// Errors thrown inside array callbacks propagate out of the builtin.
const data = [1, 2, 3, 4];
let visited = [];
try {
  data.forEach((x) => {
    visited.push(x);
    if (x === 3) throw new Error("stop at " + x);
  });
} catch (e) {
  console.log(e.message, visited); // expect: stop at 3 [ 1, 2, 3 ]
}
try {
  [3, 1, 2].sort((a, b) => { throw new RangeError("no compare"); });
} catch (e) {
  console.log(e.name); // expect: RangeError
}
try {
  new Map([[1, 2]]).forEach(() => { throw "from map"; });
} catch (e) {
  console.log(e); // expect: from map
}
try {
  [1, 2].map((x) => x.foo.bar);
} catch (e) {
  console.log(e.message); // expect: Cannot read properties of undefined (reading 'bar')
}
