// References read from mirrors and held as table indices until needed
// (codegen.ts, `deferred`): used after an exec'd instruction has written
// every mirror back (the table emptied), compared with null, handed to
// compiled callees and returned, stored into other objects, left pending
// in registers that die before a call, and in the frame a deopt rebuilds.
class Box { constructor(v) { this.v = v; this.other = null; } }
function across(boxes, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const b = boxes[i % boxes.length];
    const o = b.other;
    const k = Object.keys(b).length; // run by the VM's implementation: mirrors go back, indices are gone
    s += k + (o === null ? 0 : o.v) + b.v;
  }
  return s;
}
const boxes = [];
for (let i = 0; i < 7; i++) boxes.push(new Box(i));
for (let i = 0; i < 7; i += 2) boxes[i].other = boxes[(i + 3) % 7];
console.log(across(boxes, 5000)); // expect: 32138
function walk(head) { let n = 0; let p = head; while (p !== null) { n += p.v; p = p.other; } return n; }
function chain(k) { let h = null; for (let i = 1; i <= k; i++) { const b = new Box(i); b.other = h; h = b; } return h; }
let w = 0;
const c = chain(40);
for (let r = 0; r < 400; r++) w += walk(c);
console.log(w); // expect: 328000
function pick(bs, i) { return bs[i % bs.length].other; }
function pass(x) { return x === null ? -1 : x.v; }
function relay(bs, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const o = pick(bs, i);
    s += pass(o) + pass(bs[(i + 1) % bs.length]);
  }
  return s;
}
console.log(relay(boxes, 6000)); // expect: 24000
function swapOthers(bs, n) {
  for (let i = 0; i < n; i++) {
    const a = bs[i % bs.length];
    const b = bs[(i + 2) % bs.length];
    const t = a.other;
    a.other = b.other;
    b.other = t;
    if (i % 997 === 0) a.note = `at ${i}`; // a shape change and an exec'd template
  }
  return bs.map((b) => (b.other === null ? "-" : b.other.v)).join("");
}
console.log(swapOthers(boxes.map((b) => new Box(b.v)).map((b, i, all) => { b.other = all[(i + 1) % all.length]; return b; }), 4001)); // expect: 5603214
function mixed(bs, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const b = bs[i % bs.length];
    const v = b.v; // an int32 until the last rounds, then a string: a deopt with b and its neighbours pending
    s = s + v;
  }
  return s;
}
const mb = [];
for (let i = 0; i < 5; i++) mb.push(new Box(i));
console.log(mixed(mb, 3000)); // expect: 6000
mb[3].v = "x";
console.log(String(mixed(mb, 12)).length, mixed(mb, 4)); // expect: 10 3x
