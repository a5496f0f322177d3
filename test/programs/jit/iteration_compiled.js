// for-of and array patterns in compiled code: an array is stepped by index, a
// string, a Map or a Set by its iterator in the host; anything else (an
// array's keys(), a Map's values()) leaves for the VM. What must hold: the
// values and their order, a pattern's missing elements (undefined) and
// defaults, a mirrored array written in the loop and then destructured, a Map
// changed while it is iterated, strings by code point, and the error for a
// value that is not iterable.
function mapSum(m, rounds) {
  let t = 0;
  for (let r = 0; r < rounds; r++) {
    // (pure work beside the iteration: compiling pays, so the sync mode compiles it)
    let h = r;
    for (let k = 0; k < 24; k++) h = (Math.imul(h, 31) + k) | 0;
    t = (t + (h & 7)) | 0;
    for (const [k, v] of m) t = (t + k.length * 31 + v) | 0;
    for (const v of new Set([r % 3, 1, 2])) t += v;
  }
  return t;
}
const m = new Map([["a", 1], ["bb", 2], ["ccc", 3]]);
console.log("mapSum", mapSum(m, 3000));

function pairs(list, rounds) {
  let t = 0;
  for (let r = 0; r < rounds; r++) {
    for (const [a, b = 10, c] of list) t += (a ?? 0) * 2 + b + (c === undefined ? 1 : c);
  }
  return t;
}
console.log("pairs", pairs([[1, 2, 3], [4], [5, undefined, 6], []], 3000).toString());

function writesThenReads(n) {
  const nums = [0, 0, 0];
  let t = 0;
  for (let i = 0; i < n; i++) {
    nums[i % 3] += i;
    let h = i;
    for (let k = 0; k < 24; k++) h = (Math.imul(h, 31) + k) | 0;
    t = (t + (h & 7)) | 0;
    const [x, y, z, w] = nums;
    t = (t + x - y + z + (w === undefined ? 1 : 0)) | 0;
  }
  return [t, nums.join()];
}
console.log("writesThenReads", writesThenReads(3000));

function growing(n) {
  const m = new Map([[0, 0]]);
  let seen = 0;
  for (const [k] of m) {
    seen++;
    if (k < n) m.set(k + 1, k);
    if (k % 7 === 3) m.delete(k - 1);
  }
  return [seen, m.size];
}
console.log("growing", growing(3000));

function chars(s, rounds) {
  let t = 0;
  for (let r = 0; r < rounds; r++) for (const ch of s) t += ch.length + ch.charCodeAt(0);
  const [first, second] = s;
  return [t, first, second];
}
console.log("chars", chars("héllo😀!", 2000));

function others(m, rounds) {
  let t = 0;
  for (let r = 0; r < rounds; r++) {
    for (const k of m.keys()) t += k.length;
    for (const v of [10, 20].values()) t += v;
  }
  return t;
}
console.log("others", others(m, 2000));

function notIterable(values) {
  let t = 0;
  for (let i = 0; i < values.length; i++) {
    const [a] = values[i];
    t += a;
  }
  return t;
}
const vals = [];
for (let i = 0; i < 3000; i++) vals.push([i]);
console.log("notIterable", notIterable(vals));
vals.push(5);
try {
  notIterable(vals);
} catch (e) {
  console.log("caught", e.name, e.message);
}

// an iterator the VM made (an array's values()) stepped after an OSR entry while compiled code writes the
// array through its mirror: the VM steps it (it reads the array's elements)
function valuesWhileWriting(arr) {
  let s = 0;
  for (const v of arr.values()) {
    s += v;
    arr[s & 1023] += 1;
  }
  return s;
}
const written = [];
for (let i = 0; i < 20000; i++) written.push(i % 7);
console.log("valuesWhileWriting", valuesWhileWriting(written), written.slice(0, 10).join());
// expect: mapSum 595500
// expect: pairs 189000
// expect: writesThenReads [ 1500012000, '1498500,1499500,1500500' ]
// expect: growing [ 3001, 2572 ]
// expect: chars [ 112124000, 'h', 'é' ]
// expect: others 72000
// expect: notIterable 4498500
// expect: caught TypeError number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: valuesWhileWriting 60513 21,19,21,24,25,26,23,17,20,26
