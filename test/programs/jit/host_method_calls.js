// Method calls of natives compiled as one host call (callm / callf): String,
// Number and Boolean methods on primitives with primitive arguments, and the
// Map and Set methods that store, find or drop an entry, are called at once;
// anything else the full way (mirrors written back first). What must hold: a
// method the program replaces mid-loop is the one called, an argument that is
// an object has its toString run, a native that throws throws the same error,
// and a Map holding arrays compiled code writes sees their elements.
function scan(s, n) {
  let t = 0;
  for (let i = 0; i < n; i++) {
    // (pure work beside the calls: compiling the loops pays, so the sync mode compiles them)
    let h = i;
    for (let k = 0; k < 16; k++) h = (Math.imul(h, 31) + k) | 0;
    t = (t + (h & 7)) | 0;
    t += s.indexOf("x", i & 7) + s.charAt(i % s.length).length + s.slice(i % 3, 5).length;
    if (s.startsWith("ab")) t++;
    t += (i * 0.5).toFixed(1).length + (i % 2 === 0).toString().length;
  }
  return t;
}
console.log("scan", scan("abcdefghxy", 3000));

let replaced = 0;
function swapped(s, n) {
  let t = 0;
  for (let i = 0; i < n; i++) {
    if (i === 2000) String.prototype.padStart = function (k) { replaced++; return "<" + this + k + ">"; };
    let h = i;
    for (let k = 0; k < 16; k++) h = (Math.imul(h, 31) + k) | 0;
    t += s.padStart(12, "-").length + (h & 7);
  }
  return t;
}
const savedPad = String.prototype.padStart;
console.log("swapped", swapped("abc", 3000), replaced);
String.prototype.padStart = savedPad;

const key = { toString() { return "y"; } };
function objectArgs(s, n) {
  let t = 0;
  for (let i = 0; i < n; i++) {
    let h = i;
    for (let k = 0; k < 16; k++) h = (Math.imul(h, 31) + k) | 0;
    t += s.indexOf(i % 100 === 0 ? key : "y") + (h & 7);
  }
  return t;
}
console.log("objectArgs", objectArgs("xxy", 3000));

function repeats(n, last) {
  let t = 0;
  for (let i = 0; i < n; i++) {
    let h = i;
    for (let k = 0; k < 16; k++) h = (Math.imul(h, 31) + k) | 0;
    t += "ab".repeat(i < n - 1 ? 2 : last).length + (h & 7);
  }
  return t;
}
function callsRepeats(n) {
  let t = repeats(n, 3);
  try {
    t += repeats(n, -1);
  } catch (e) {
    console.log("threw", e.name, e.message);
  }
  return t;
}
console.log("repeats", callsRepeats(3000));

function counting(words, n) {
  const counts = new Map();
  const seen = new Set();
  const rows = new Map();
  for (let i = 0; i < n; i++) {
    let h = i;
    for (let k = 0; k < 16; k++) h = (Math.imul(h, 31) + k) | 0;
    const w = words[(i + (h & 7)) % words.length];
    const c = counts.get(w);
    counts.set(w, c === undefined ? 1 : c + 1);
    if (seen.has(i % 37)) seen.delete(i % 37);
    else seen.add(i % 37);
    let row = rows.get(i % 5);
    if (row === undefined) {
      row = [0, 0, 0];
      rows.set(i % 5, row);
    }
    row[i % 3] += i;
  }
  return [[...counts].join(";"), seen.size, [...rows.values()].map((r) => r.join("/")).join(" ")];
}
console.log("counting", counting(["a", "b", "a", "c"], 3000));
// expect: scan 81780
// expect: swapped 41500 1000
// expect: objectArgs 16500
// expect: threw RangeError Invalid count value: -1
// expect: repeats 22502
// expect: counting [
// expect:   'a,3000',
// expect:   34,
// expect:   '298500/300500/299500 299700/298700/300700 300900/299900/298900 299100/301100/300100 300300/299300/301300'
// expect: ]
