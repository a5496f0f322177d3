// Template literals, typeof, String.fromCharCode / Array.isArray /
// Number.isInteger, and push / pop of arrays of references in compiled code,
// each one host call without exec when no user code can run: an object in a
// template has its toString run (the full way), a typed register's typeof is
// known without the host, and an array whose references compiled code holds
// in a mirror has it written back before the host pushes or pops.
function lines(n) {
  let h = 0;
  const out = [];
  for (let i = 0; i < n; i++) {
    let w = "";
    for (let j = 0; j < 4; j++) w += String.fromCharCode(97 + ((i * 7 + j) % 26));
    const num = `${(i * 7919) % 1000}`.padStart(4, "0");
    out.push(`${w}-${num}:${i % 3 === 0 ? null : i / 4}${[i]}`);
    if (i % 100 === 99) out.pop();
    for (let k = 0; k < 16; k++) h = (Math.imul(h, 31) + k) | 0;
  }
  return [out, h];
}
const [r, hash] = lines(3000); console.log(r.length, r[0], r[2500], r.slice(-2), hash);
function kinds(vals, n) { let s = 0; for (let i = 0; i < n; i++) { const v = vals[i % vals.length]; const t = typeof v; s += t.length + (Array.isArray(v) ? 1 : 0) + (Number.isInteger(v) ? 2 : 0) + (typeof i === "number" ? 1 : 0) + (typeof (i > 5) === "boolean" ? 1 : 0); } return s; }
console.log(kinds([1, "a", null, undefined, [1], { a: 1 }, 2.5, true, () => 1], 3000));
const obj = { toString() { return "OBJ"; } };
function tmpl(n) { let s = ""; for (let i = 0; i < n; i++) s = `${i % 10 === 0 ? obj : i}|${s.length > 50 ? "" : s}`; return s; }
console.log(tmpl(3000));
function refs(n) { const a = [{ v: 1 }]; let t = 0; for (let i = 0; i < n; i++) { a.push({ v: i }); t += a[a.length - 1].v; if (a.length > 5) t += a.pop().v; } return [t, a.length, a.map((o) => o.v).join()]; }
console.log(refs(3000));
// expect: 2970 abcd-0000:null0 vwxy-0475:631.252525 [ 'xyza-0243:null2997', 'efgh-0162:749.52998' ] 219717056
// expect: 26999
// expect: 2999|2998|2997|2996|2995|2994|2993|2992|
// expect: [ 8996994, 5, '1,0,1,2,3' ]
