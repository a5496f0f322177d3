// Strict comparisons with null compiled as ref.is_null: only null is null (not
// undefined, 0, "", false, NaN, an empty object or array, the string "null").
// Per call: 2 nulls -> n = 2; 8 non-nulls -> m = 8 * 2 + 8 = 24; 2024 per call.
function count(xs) {
  let n = 0, m = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x === null) n++;
    if (null !== x) m += 2;
    const same = x === null;
    if (!same) m++;
  }
  return n * 1000 + m;
}
const xs = [null, undefined, 0, "", false, {}, [], NaN, null, "null"];
let t = 0;
for (let r = 0; r < 3000; r++) t += count(xs);
console.log(t); // expect: 6072000
