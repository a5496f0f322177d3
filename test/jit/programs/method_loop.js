// A loop that calls a method of a local object compiles: the call is direct,
// and its method guard is answered by the receiver's shape cache in memory,
// not by the host. (The cost model counted it as a host call and kept the
// loop in the VM, which then entered the compiled method at every call:
// slower than the VM alone.)
class Counter {
  constructor(step) {
    this.step = step;
  }
  next(x) {
    return (x + this.step) | 0;
  }
}
function count(n) {
  const c = new Counter(3);
  let s = 0;
  for (let i = 0; i < n; i++) s = c.next(s);
  return s;
}
let t = 0;
for (let k = 0; k < 30; k++) t = (t + count(400)) | 0;
console.log(t); // expect: 36000
