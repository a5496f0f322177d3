// Math.sqrt/abs/floor/ceil/trunc/min/max compile to one WebAssembly
// instruction each when the call site has only ever called the realm's own
// function with numbers: -0, NaN and infinities must come out as JS's, and
// replacing Math.sqrt, or passing a string, must still call what JS calls.
const inputs = [0, -0, 1.5, -1.5, 2.5, -2.5, 1e21, -1e-7, NaN, Infinity, -Infinity, 4, 2147483648.5];
function show(x) {
  return Object.is(x, -0) ? "-0" : String(x);
}
function apply(xs) {
  const out = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const y = xs[(i + 1) % xs.length];
    out.push([Math.sqrt(x), Math.abs(x), Math.floor(x), Math.ceil(x), Math.trunc(x), Math.min(x, y), Math.max(x, y)].map(show).join(","));
  }
  return out;
}
let last = [];
for (let r = 0; r < 300; r++) last = apply(inputs);
for (const line of last) console.log(line);
// expect: 0,0,0,0,0,-0,0
// expect: -0,0,-0,-0,-0,-0,1.5
// expect: 1.224744871391589,1.5,1,2,1,-1.5,1.5
// expect: NaN,1.5,-2,-1,-1,-1.5,2.5
// expect: 1.5811388300841898,2.5,2,3,2,-2.5,2.5
// expect: NaN,2.5,-3,-2,-2,-2.5,1e+21
// expect: 31622776601.683792,1e+21,1e+21,1e+21,1e+21,-1e-7,1e+21
// expect: NaN,1e-7,-1,-0,-0,NaN,NaN
// expect: NaN,NaN,NaN,NaN,NaN,NaN,NaN
// expect: Infinity,Infinity,Infinity,Infinity,Infinity,-Infinity,Infinity
// expect: NaN,Infinity,-Infinity,-Infinity,-Infinity,-Infinity,4
// expect: 2,4,4,4,4,4,2147483648.5
// expect: 46340.95001723638,2147483648.5,2147483648,2147483649,2147483648,0,2147483648.5

// the same corners from compiled code (results stored in a number array)
function table(xs, out) {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const y = xs[(i + 1) % xs.length];
    out[7 * i] = Math.sqrt(x);
    out[7 * i + 1] = Math.abs(x);
    out[7 * i + 2] = Math.floor(x);
    out[7 * i + 3] = Math.ceil(x);
    out[7 * i + 4] = Math.trunc(x);
    out[7 * i + 5] = Math.min(x, y);
    out[7 * i + 6] = Math.max(x, y);
  }
}
const many = [];
for (let k = 0; k < 8; k++) for (const x of inputs) many.push(x);
const out = new Array(7 * many.length).fill(0);
for (let r = 0; r < 300; r++) table(many, out);
const rows = [];
for (let i = 0; i < inputs.length; i++) rows.push(out.slice(7 * i, 7 * i + 7).map(show).join(","));
console.log(rows.join(" ") === last.join(" "), rows[1], rows[7]); // expect: true -0,0,-0,-0,-0,-0,1.5 NaN,1e-7,-1,-0,-0,NaN,NaN

// a hot loop of distances, then Math.sqrt replaced, then a string argument
function norm(points) {
  let s = 0;
  for (let i = 0; i + 1 < points.length; i += 2) s += Math.sqrt(points[i] * points[i] + points[i + 1] * points[i + 1]);
  return s;
}
const pts = [];
for (let i = 0; i < 2000; i++) pts.push(i % 7, i % 5);
let total = 0;
for (let r = 0; r < 20; r++) total += norm(pts);
console.log(total.toFixed(6)); // expect: 159182.081747
const realSqrt = Math.sqrt;
Math.sqrt = (x) => x;
console.log(norm([3, 4, 6, 8])); // expect: 125
Math.sqrt = realSqrt;
console.log(norm([3, 4, 6, 8]), Math.max("7", 2), Math.min(3, 1, 2)); // expect: 15 7 1
