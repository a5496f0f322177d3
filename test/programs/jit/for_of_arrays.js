// for-of in compiled code (codegen.ts, ForOfStart / ForOfNext): an array is
// stepped by index as the VM does, re-reading its length at every step; any
// other iterable, or a loop entered (OSR) while the VM steps an iterator,
// leaves for the VM. Holes read as undefined; break and continue; the array
// growing and shrinking inside the loop; nested loops; a function whose
// first hot loop is only its set-up (judged again when it is hotter).
class Cell {
  constructor(v) {
    this.v = v;
  }
  twice() {
    return this.v * 2;
  }
}
function sumOf(xs) {
  let s = 0;
  for (const x of xs) {
    if (x === 13) continue;
    if (x === 99) break;
    s += x;
  }
  return s;
}
function cells(cs) {
  let s = 0;
  for (const c of cs) s += c.twice();
  return s;
}
function growing(xs) {
  let s = 0;
  let n = 0;
  for (const x of xs) {
    s += x === undefined ? 1000 : x;
    if (n++ < 3) xs.push(n);
    if (x === 2) xs.pop();
  }
  return s;
}
function anyIterable(it) {
  let s = "";
  for (const x of it) s += String(x);
  return s.length;
}
function nested(rows) {
  let s = 0;
  for (const row of rows) for (const x of row) s = (s * 31 + x) % 1000003;
  return s;
}
function setUpThenWork(n) {
  const xs = [];
  for (let i = 0; i < n; i++) xs.push(i % 7);
  let s = 0;
  for (let r = 0; r < 30; r++) for (const x of xs) s += x * r;
  return s;
}
const out = [];
let t = 0;
const nums = [];
for (let i = 0; i < 40; i++) nums.push(i);
for (let k = 0; k < 300; k++) t += sumOf(nums);
out.push(t);
out.push(sumOf([1, 2, 13, 4, 99, 5]));
const cs = [];
for (let i = 0; i < 30; i++) cs.push(new Cell(i));
t = 0;
for (let k = 0; k < 200; k++) t += cells(cs);
out.push(t);
t = 0;
for (let k = 0; k < 200; k++) t += growing([5, 2, 8]);
out.push(t);
const holey = [1, 2, 3];
holey[5] = 6;
t = 0;
for (let k = 0; k < 200; k++) t += growing(holey.slice());
out.push(t);
t = 0;
for (let k = 0; k < 200; k++) t += anyIterable(k % 3 === 0 ? "abc" : k % 3 === 1 ? new Set([1, 22, 333]) : [4, 55]);
out.push(t);
// a Map iterated long enough for its loop to be entered in compiled code
const m = new Map();
for (let i = 0; i < 3000; i++) m.set(i, i);
out.push(anyIterable(m.keys()));
const rows = [];
for (let i = 0; i < 20; i++) rows.push([i, i + 1, i + 2, i * 3]);
t = 0;
for (let k = 0; k < 100; k++) t = (t + nested(rows)) % 1000003;
out.push(t);
t = 0;
for (let k = 0; k < 5; k++) t += setUpThenWork(2000);
out.push(t);
console.log(out.join(" ")); // expect: 230100 7 174000 3800 403200 801 10890 702718 13039125
