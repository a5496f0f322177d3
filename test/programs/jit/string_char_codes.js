// s.charCodeAt(k) compiles to one pure host call and Math.imul to i32.mul
// when the site has only ever called the realm's own: what JS gives must come
// out for non-ASCII and astral text, an index past the end (NaN), a call
// through a property read (CallThis), a receiver that is no string, a
// replaced String.prototype.charCodeAt, and imul's ToInt32 of fractions,
// large and negative numbers.
function hash(s) {
  let h = 0;
  for (let k = 0; k < s.length; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}
function pastTheEnd(s) {
  let t = 0;
  for (let k = 0; k <= s.length; k++) {
    const c = s.charCodeAt(k);
    t += c === c ? c : 1000;
  }
  return t;
}
function throughProperty(o) {
  let t = 0;
  for (o.i = 0; o.i < o.s.length; o.i++) t += o.s.charCodeAt(o.i);
  return t;
}
function notStrings(xs) {
  let t = 0;
  for (let i = 0; i < xs.length; i++) t += xs[i].charCodeAt(1);
  return t;
}
function imuls(n) {
  let h = 1;
  for (let i = 0; i < n; i++) h = Math.imul(h + 0x7fffffff, i * 2654435761) ^ (h >>> 3);
  return h + Math.imul(2.9, -3.9) + Math.imul(4294967295, 5) + Math.imul(1e20, 3) + Math.imul(-0, 7);
}
const text = "hello, wörld ☃ 😀 ".repeat(20);
let line = "";
for (let i = 0; i < 300; i++) {
  line = [hash(text + i), pastTheEnd(text + (i % 10)), throughProperty({ s: text + i, i: 0 }), imuls(100)].join(" ");
}
console.log(line);
const mixed = ["ab", "cd", { charCodeAt: (k) => k * 100 }, "ef", "gh", "ij", "kl", "mn", "op", "qr", "st", "uv"];
let last = 0;
for (let i = 0; i < 300; i++) last = notStrings(mixed);
console.log(last);
const original = String.prototype.charCodeAt;
String.prototype.charCodeAt = function (k) {
  return -k;
};
console.log(hash("abc"), pastTheEnd("ab"));
String.prototype.charCodeAt = original;
console.log(hash("abc"), pastTheEnd("ab"));
// expect: -1583400850 2467277 2466384 2048887267
// expect: 1288
// expect: -33 -3
// expect: 96354 1195
