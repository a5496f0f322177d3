// `new Array(...)`, `new Map()` and `new Set()` in compiled code, made in the
// host without exec when the arguments are primitives: lengths, holes,
// elements, a bad length's RangeError (thrown with the compiled caller's
// frame), an iterable argument (the full way), and the arrays written after.
function build(depth, n) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    let h = i;
    for (let k = 0; k < 16; k++) h = (Math.imul(h, 31) + k) | 0;
    const holes = new Array((i % 5) + 1);
    const filled = new Array(i % 3, "x", i);
    const one = new Array(7.0);
    holes[0] = h & 7;
    const m = new Map();
    m.set(i, holes);
    const s = new Set();
    s.add(i % 4);
    total += holes.length + filled.length + one.length + (1 in holes ? 100 : 0) + m.get(i)[0] + s.size + depth;
  }
  return total;
}
console.log("build", build(3, 3000));

function lengths(values) {
  let t = 0;
  for (let i = 0; i < values.length; i++) {
    let h = i;
    for (let k = 0; k < 16; k++) h = (Math.imul(h, 31) + k) | 0;
    t += new Array(values[i]).length + (h & 1);
  }
  return t;
}
const good = [];
for (let i = 0; i < 3000; i++) good.push(i % 9);
console.log("lengths", lengths(good));
good.push(-1);
try {
  lengths(good);
} catch (e) {
  console.log("caught", e.name, e.message);
}
good[good.length - 1] = 2.5;
try {
  lengths(good);
} catch (e) {
  console.log("caught", e.name, e.message);
}

function fromIterables(n) {
  let t = 0;
  for (let i = 0; i < n; i++) {
    const m = new Map([[i, i + 1], [i + 1, i]]);
    const s = new Set([i, i, i + 1]);
    const a = new Array(3);
    a.fill(i);
    t += m.get(i) + s.size + a[2];
  }
  return t;
}
console.log("fromIterables", fromIterables(3000));
console.log(new Array(3), new Array(2, 3), new Map([[1, new Array(2)]]));
// expect: build 61500
// expect: lengths 13491
// expect: caught RangeError Invalid array length
// expect: caught RangeError Invalid array length
// expect: fromIterables 9006000
// expect: [ <3 empty items> ] [ 2, 3 ] Map(1) { 1 => [ <2 empty items> ] }
