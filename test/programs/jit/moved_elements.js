// Elements read only to be stored elsewhere (a swap, a copy) stay the
// doubles the array mirror holds, even where the feedback saw int32s
// (analysis.ts, readElsewhere): -0, fractions, NaN, holes and strings that
// arrive later are moved unchanged.
function swap(v, i, j) {
  const t = v[i];
  v[i] = v[j];
  v[j] = t;
}
function copy(from, to, n) { for (let i = 0; i < n; i++) to[i] = from[n - 1 - i]; return to; }
class Holder { constructor() { this.a = 0; this.b = 0; } }
function shuffle(v, rounds) {
  for (let r = 0; r < rounds; r++) for (let i = 0; i < v.length; i++) swap(v, i, (i * 7 + r) % v.length);
  return v;
}
const ints = [];
for (let i = 0; i < 16; i++) ints.push(i * 3 - 20);
console.log(shuffle(ints, 300).join(",")); // expect: 1,-11,19,-5,7,-14,25,-17,-8,13,22,4,-2,-20,10,16
const mixed = [1, -0, 2.5, NaN, 4, 5, 6, 7];
console.log(shuffle(mixed, 3).map((x) => (Object.is(x, -0) ? "-0" : String(x))).join(",")); // expect: 1,-0,2.5,NaN,4,5,6,7
const holey = [1, 2, , 4, 5];
console.log(shuffle(holey, 2), shuffle(["a", 1, "b", 2], 5)); // expect: [ 5, 2, 1, 4, undefined ] [ 'a', 1, 'b', 2 ]
const src = [];
for (let i = 0; i < 50; i++) src.push(i % 7 === 0 ? -0 : i);
let last = null;
for (let r = 0; r < 200; r++) last = copy(src, new Array(50).fill(0), 50);
console.log(last.slice(0, 8).map((x) => (Object.is(x, -0) ? "-0" : x)).join(" "), copy([1.5, "s", null], [0, 0, 0], 3)); // expect: -0 48 47 46 45 44 43 -0 [ null, 's', 1.5 ]
function toSlots(v, h, n) { let s = 0; for (let i = 0; i < n; i++) { h.a = v[i % v.length]; h.b = v[(i + 1) % v.length]; s += h.a - h.b; } return s; }
const h = new Holder();
console.log(toSlots(ints, h, 5000), toSlots([1, 2.25, -0, 3], h, 7), Object.is(h.b, -0) || h.b); // expect: 9 -2 3
