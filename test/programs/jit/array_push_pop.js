// push and pop compile in place on an array's mirror when the call site has
// only ever called Array.prototype's own (a plain array, the builtin still in
// place). Everything around that must stay JS: growth past the mirror's room,
// pop of an empty array, a value of another type, an alias of a growing
// array, an array with its own property, a subclass's push, a replaced
// Array.prototype.push (also while the arguments are evaluated), and the
// lengths and elements the host sees afterwards.
function numbers(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i * 0.5);
  let s = 0;
  while (a.length > 0) s += a.pop();
  return s + a.length;
}
function booleans(n) {
  const a = [true];
  for (let i = 0; i < n; i++) a.push(i % 3 === 0);
  let c = 0;
  for (let i = 0; i < n; i++) if (a.pop()) c++;
  return c * 1000 + a.length;
}
function lengths(n) {
  const a = [1, 2, 3];
  let t = 0;
  for (let i = 0; i < n; i++) {
    t += a.push(i);
    if (i % 7 === 0) t += a.pop() + a.pop();
  }
  return t + a.length + a[a.length - 1];
}
function emptyPops(n) {
  const a = [1];
  let misses = 0;
  for (let i = 0; i < n; i++) {
    const v = a.pop();
    if (v === undefined) {
      misses++;
      a.push(i);
    }
  }
  return misses;
}
function popPastEmpty(n) {
  const a = [];
  let t = 0;
  for (let i = 0; i < n; i++) {
    a.push(i);
    t += a.pop();
  }
  const rest = a.pop();
  return t + ":" + rest + ":" + a.length;
}
function otherType(n) {
  const a = [1, 2];
  for (let i = 0; i < n; i++) {
    a.push(i);
    if (i === n - 3) a.push("x");
  }
  return a.length + ":" + a[a.length - 3] + ":" + a[a.length - 4];
}
function aliases(n) {
  const a = [0];
  const b = a;
  let s = 0;
  for (let i = 1; i < n; i++) {
    a.push(i * 3);
    s += b[b.length - 1] - b.length;
  }
  return s + ":" + b.length;
}
function shrinkThenLook(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i);
  for (let i = 0; i < n - 3; i++) a.pop();
  return a;
}
function pushAll(a, n) {
  for (let i = 0; i < n; i++) a.push(i + 0.25);
  return a.length;
}
class Stack extends Array {
  push(x) {
    return super.push(x * 10);
  }
}
let last = "";
for (let r = 0; r < 200; r++) {
  last = [numbers(300), booleans(200), lengths(150), emptyPops(40), popPastEmpty(300), otherType(60), aliases(100), shrinkThenLook(50).join(",")].join(" ");
}
console.log(last);
const tagged = [1, 2];
tagged.tag = "t";
for (let r = 0; r < 50; r++) pushAll(tagged, 3);
console.log(tagged.length, tagged[4], tagged.tag);
const s = new Stack();
for (let r = 0; r < 50; r++) pushAll(s, 2);
console.log(s.length, s[0], s[1], s[99]);
const shown = shrinkThenLook(10);
console.log(shown, shown.length, JSON.stringify(shown));
const original = Array.prototype.push;
Array.prototype.push = function (x) {
  return -x;
};
console.log(pushAll([5], 3), numbers(4));
Array.prototype.push = original;
console.log(pushAll([5], 3), numbers(4));
const early = [];
console.log(early.push((Array.prototype.push = function () { return "replaced"; }, 7)), early.length, [].push(1));
Array.prototype.push = original;
// expect: 22425 67001 11927 20 44850:undefined:0 63:x:57 9801:100 0,1,2
// expect: 152 2.25 t
// expect: 100 2.5 12.5 12.5
// expect: [ 0, 1, 2 ] 3 [0,1,2]
// expect: 1 0
// expect: 4 3
// expect: 1 1 replaced
