// Slot-mirror addresses handed back with a compiled callee's result: the
// caller keeps using the returned object through the callee's mirror. A
// callee that returns one of two objects, one that returns an object of
// another shape now and then, one that leaves through a deopt (its int32 slot
// becomes a double), and write-backs in between (an exec) must leave the right
// numbers. (drive(5) runs first: under --jit-threshold 0, drive's later calls
// call the others directly.)
class Cell { constructor(v) { this.v = v; this.next = null; } }
function pick(a, b, i) { a.v += 1; return i % 3 === 0 ? a : b; }
function bump(c, d) { c.v += d; return c.v; }
function odd(a, i) {
  if (i % 1000 === 999) return { w: 1, v: 0.5 };
  a.v += 1;
  return a;
}
function grow(a, i) { a.v = a.v * 1.0001; if (i === 1700) a.v = 2 ** 31 + 0.5; return a; }
function drive(n) {
  const a = new Cell(1);
  const b = new Cell(100);
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += bump(pick(a, b, i), 2);
    s += bump(odd(a, i), 1);
    s += bump(grow(b, i), 0.25);
    if (i % 400 === 0) s += [a.v, b.v].length;
  }
  return [s, a.v, b.v];
}
console.log(drive(5)); // expect: [ 918.7253024094159, 20, 107.3018602060113 ]
console.log(drive(3000)); // expect: [ 4967094167496.018, 10995, 2445357097.331952 ]
console.log(drive(4)); // expect: [ 684.3822861130024, 17, 105.04115609040225 ]
