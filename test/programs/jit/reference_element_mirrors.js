// Arrays of references read in nested loops go through a mirror of table
// indices (mirrors.ts, "Arrays of references"): an element replaced inside
// the loop (by compiled code, by the VM in a call, by a builtin), a null or
// undefined element, a hole, a number among the objects, an array that grows
// or shrinks, must all read what node reads.
class P {
  constructor(v) {
    this.v = v;
  }
}
const pool = [new P(11), new P(22), new P(33)];
function spread(items, rounds) {
  let s = 0;
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < items.length; j++) {
      const it = items[j];
      if (it === null) s += 1000;
      else if (it === undefined) s += 7;
      else s += it.v * (j + 1);
    }
    // replaced by compiled code (no host code runs): the index beside the element must follow
    if (r % 3 === 1) items[r % items.length] = pool[r % 3];
    if (r % 5 === 4) items[(r + 1) % items.length] = null;
    if (r % 11 === 10) items[(r + 2) % items.length] = new P(r);
  }
  return s;
}
function replaceInVm(items, k) {
  items[k] = new P(-k);
}
function withCalls(items, rounds) {
  let s = 0;
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < items.length; j++) {
      const it = items[j];
      s += it === null ? 1 : it.v;
    }
    // an exec'd call: the VM writes the array, the mirror must be dropped
    if (r % 4 === 0) replaceInVm(items, r % items.length);
    if (r % 7 === 3) items.reverse();
  }
  return s;
}
function grows(items, rounds) {
  let s = 0;
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < items.length; j++) s += items[j] === null ? 3 : items[j].v;
    if (r % 2 === 0) items.push(new P(r));
    else items.pop();
    if (r % 9 === 8 && items.length > 2) items.length = 2;
  }
  return s;
}
function make(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i % 4 === 3 ? null : new P(i));
  return a;
}
const out = [];
let t = 0;
for (let k = 0; k < 30; k++) t += spread(make(12), 40);
out.push(t);
t = 0;
for (let k = 0; k < 30; k++) t += withCalls(make(9), 30);
out.push(t);
t = 0;
for (let k = 0; k < 30; k++) t += grows(make(5), 30);
out.push(t);
// undefined, a hole and a number among the objects (each read goes through the host)
const odd = [new P(1), undefined, new P(2), new P(3)];
odd[6] = new P(4);
let u = 0;
for (let k = 0; k < 200; k++) u += spread(odd.slice(0, 4), 3);
out.push(u);
const holey = make(6);
delete holey[2];
let h = 0;
try {
  for (let k = 0; k < 200; k++) h += spread(holey.slice(), 2);
} catch (e) {
  h = e instanceof TypeError ? -1 : -2;
}
out.push(h);
const mixed = [new P(1), 5, new P(2)];
let m = 0;
try {
  for (let k = 0; k < 200; k++) m += spread(mixed.slice(), 2);
} catch (e) {
  m = -3;
}
out.push(m);
console.log(out.join(" ")); // expect: 5154240 5580 8790 23000 423600 NaN
