// Calls the runtime makes (a builtin calling a callback) run compiled code
// when the callback has it (Jit.callFromHost): `this` from forEach's thisArg
// or an arrow's enclosing function, arguments of other types than the
// compiled ones (the VM runs that call), an exception thrown from compiled
// code through the builtin, and a callback that calls back into a builtin.
function weigh(x, i) {
  let s = 0;
  for (let k = 0; k < 20; k++) s += (x * k + i) % 7;
  return s;
}
class Scale {
  constructor(f) {
    this.f = f;
    this.total = 0;
  }
  add(x) {
    let s = 0;
    for (let k = 0; k < 10; k++) s += x * this.f;
    this.total += s;
  }
  run(xs) {
    // an arrow: `this` is the Scale
    xs.forEach((x) => {
      for (let k = 0; k < 5; k++) this.total += x;
    });
    return this.total;
  }
}
function failing(x) {
  let s = 0;
  for (let k = 0; k < 10; k++) s += x;
  if (x === 77) throw new RangeError("seventy-seven");
  return s;
}
function nestedMap(row) {
  let s = 0;
  for (let k = 0; k < 3; k++) s += row.map(weigh).reduce((a, b) => a + b, 0);
  return s;
}
const xs = [];
for (let i = 0; i < 50; i++) xs.push(i);
const out = [];
let t = 0;
for (let r = 0; r < 100; r++) t += xs.map(weigh).reduce((a, b) => a + b, 0);
out.push(t);
// doubles, then strings: the compiled version's int32 parameters do not fit
out.push(xs.map((x) => x + 0.5).map(weigh).reduce((a, b) => a + b, 0));
out.push(["a", "b"].map(weigh).join(","));
const sc = new Scale(3);
for (let r = 0; r < 100; r++) xs.forEach(sc.add, sc);
out.push(sc.total);
out.push(new Scale(1).run(xs));
let caught = "";
try {
  for (let r = 0; r < 200; r++) [1, 2, 3, r === 150 ? 77 : 4].map(failing);
} catch (e) {
  caught = e instanceof RangeError ? e.message : "other";
}
out.push(caught);
t = 0;
const rows = [];
for (let i = 0; i < 20; i++) rows.push([i, i + 1, i + 2]);
for (let r = 0; r < 30; r++) t += rows.map(nestedMap).reduce((a, b) => a + b, 0);
out.push(t);
console.log(out.join(" ")); // expect: 264600 3385 NaN,NaN 3675000 6125 seventy-seven 293220
