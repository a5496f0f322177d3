// Arithmetic on operands compiled code holds as generic values runs in the host
// without writing mirrors back, unless an operand is an object: its valueOf or
// toString is user code, which may read or write a mirrored array (arr here)
// or throw. Strings, untyped numbers and every operator must give node's results.
const arr = [1, 2, 3, 4];
const tricky = { valueOf() { arr[0] += 100; return 5; }, toString() { return "T"; } };
function concat(n) { let s = ""; for (let i = 0; i < n; i++) { s += i % 7; s = s + "|" + (i & 1 ? "a" : null); if (s.length > 200) s = s.slice(100); } return s; }
console.log(concat(3000));
function mixed(vals, n) { let t = 0; let u = ""; for (let i = 0; i < n; i++) { const v = vals[i % vals.length]; t = t + v * 2 - v / 4 + (v % 3); u = "" + (v | 1) + (v >>> 1) + (v << 2) + (v ^ 5) + (v & 6); } return [t, u]; }
console.log(mixed([1, 2.5, "3", true, null, undefined, "x"], 3000));
function withObjects(n) { let t = 0; for (let i = 0; i < n; i++) { t += arr[i % 4]; if (i % 500 === 0) t = t + tricky; } return [t, arr.join(), "" + tricky + tricky, tricky * 2]; }
console.log(withObjects(3000));
function throwsIn(n) { const bad = { valueOf() { throw new Error("no valueOf"); } }; let t = 0; for (let i = 0; i < n; i++) { t = t + (i === n - 1 ? bad : i); } return t; }
try { console.log(throwsIn(3000)); } catch (e) { console.log("caught", e.message); }
function divs(xs, n) { let t = 0; for (let i = 0; i < n; i++) { const x = xs[i % xs.length]; t += x / 2 + x % 5 + (x - 1) * 1; } return t; }
console.log(divs([4, "8", 2.5, false, "0x10", " 7 "], 3000));
// expect: |a2|null3|a4|null5|a6|null0|a1|null2|a3|null4|a5|null6|a0|null1|a2|null3|a4|null5|a6|null0|a1|null2|a3|null4|a5|null6|a0|null1|a2|null3|a4|null5|a6|null0|a1|null2|a3|null4|a5|null6|a0|null1|a2|null3|a
// expect: [ NaN, '10440' ]
// expect: [ 269430, '601,2,3,4', '55', 10 ]
// expect: caught no valueOf
// expect: 31375
