// A property read right after the same block wrote it through the same
// register is typed as the value written (the random generators' `next()`
// returns an int32 unboxed): a hint its guard checks, so an alias that wrote
// something else in between, a double, a string or a boolean read back, and
// a slot changed by a call all give JavaScript's values. (Checked by hand
// but for the generator's sum and seed, which are Node's: aliasLoop returns
// k when o and q differ, else what q.p got; callLoop sums k + 1; kinds
// reads true and 1 / -0.)
class Rng {
  constructor(seed) {
    this.seed = seed;
  }

  next() {
    this.seed = (this.seed * 1309 + 13849) & 65535;
    return this.seed;
  }
}

class Box {
  constructor() {
    this.p = 0;
  }
}

// the written value is read back, unless an alias wrote the property in between
function aliasWrite(o, q, k, other) {
  o.p = k | 0;
  q.p = other;
  return o.p;
}

function viaCall(o, k, f) {
  o.p = k | 0;
  f(o);
  return o.p;
}

function kinds(o, k) {
  o.p = k > 100 ? true : k * 1.5;
  const a = o.p;
  o.p = -0;
  const b = o.p;
  return [a, 1 / b];
}

const r = new Rng(42);
let sum = 0;
for (let i = 0; i < 5000; i++) sum = (sum + r.next()) | 0;
console.log(sum, r.seed);

// (called from a hot loop: compiled on its way, it calls them compiled)
function aliasLoop(o, q, n) {
  let out = "";
  for (let k = 0; k < n; k++) {
    const v = aliasWrite(o, q, k, k % 7 === 0 ? "s" + k : k + 0.5);
    if (k % 500 === 0 || k > n - 6) out += v + ",";
  }
  return out;
}
const o = new Box();
const q = new Box();
console.log(aliasLoop(o, q, 3000));
// o and q the same object: the second write is what the read finds
console.log(aliasLoop(o, o, 3000));

const bump = (x) => { x.p = x.p + 1; };
const toStr = (x) => { x.p = "str"; };
function callLoop(o, n, f) {
  let t = 0;
  for (let k = 0; k < n; k++) t += viaCall(o, k, f);
  return t;
}
console.log(callLoop(o, 3000, bump), callLoop(o, 2, toStr));

function kindsLoop(o, n) {
  let ks = [];
  for (let k = 0; k < n; k++) ks = kinds(o, k);
  return ks;
}
const ks = kindsLoop(o, 3000);
console.log(ks[0], ks[1], kindsLoop(o, 8).join(" "));
// expect: 166742148 8258
// expect: 0,500,1000,1500,2000,2500,2995,2996,2997,2998,2999,
// expect: s0,500.5,1000.5,1500.5,2000.5,2500.5,2995.5,s2996,2997.5,2998.5,2999.5,
// expect: 4501500 0strstr
// expect: true -Infinity 10.5 -Infinity
