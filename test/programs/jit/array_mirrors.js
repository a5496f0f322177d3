// Number and boolean arrays that compiled code reads and writes in linear
// memory (a mirror of the array): every write must be visible to host code
// (builtins, console.log, the VM) at the next point it can look, and nothing
// of JavaScript's element semantics may change (-0, NaN, holes, appends,
// other types, aliases, a length that shrinks, exceptions).
function fill(a, n) {
  for (let i = 0; i < n; i++) a[i] = i * 2;
  return a[n - 1];
}
const a = new Array(3000).fill(0);
let last = 0;
for (let r = 0; r < 5; r++) last = fill(a, 3000);
console.log(last, a[2999], a.reduce((x, y) => x + y, 0)); // expect: 5998 5998 8997000

// a builtin called in the middle of the loop sees the writes made so far
function fillAndLook(a) {
  let found = 0;
  for (let i = 0; i < a.length; i++) {
    a[i] = i + 1;
    if (i % 500 === 499) found += a.indexOf(i + 1);
  }
  return found;
}
const b = new Array(3000).fill(0);
console.log(fillAndLook(b), fillAndLook(b)); // expect: 10494 10494

// booleans (a sieve)
function primes(n) {
  const composite = new Array(n + 1).fill(false);
  let count = 0;
  for (let i = 2; i <= n; i++) {
    if (!composite[i]) {
      count++;
      for (let k = i * i; k <= n; k += i) composite[k] = true;
    }
  }
  return [count, composite[97], composite[98], composite.filter((x) => !x).length];
}
console.log(primes(30000).join(" ")); // expect: 3245 false true 3247

// -0, NaN and Infinity survive the round trip; an int32 read of a fraction is exact
function corners(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    a[i] = a[i] * -1;
    s += a[i] | 0;
  }
  return s;
}
const c = [];
for (let i = 0; i < 3000; i++) c.push(i);
corners(c);
corners(c);
const d = [0, 1.5, NaN, Infinity, 2];
for (let r = 0; r < 2; r++) corners(d);
console.log(Object.is(d[0], 0), d[1], d[2], d[3], corners(d), Object.is(d[0], -0)); // expect: true 1.5 NaN Infinity -3 true

// another type written into a mirrored array, an append, a shrinking length
function mixed(a, n) {
  for (let i = 0; i < n; i++) {
    if (i === n - 10) a[i] = "s";
    else a[i] = i;
  }
  a[a.length] = 7;
  return a.length;
}
const e = new Array(2000).fill(0);
console.log(mixed(e, 2000), e[1990], e[1991], e[2000], typeof e[5]); // expect: 2001 s 1991 7 number
function shrinkWhileWriting(a) {
  let writes = 0;
  for (let i = 0; i < a.length; i++) {
    a[i] = -i;
    writes++;
    if (i === 1000) a.length = 1200;
  }
  return writes;
}
const f = new Array(3000).fill(1);
console.log(shrinkWhileWriting(f), f.length, f[1199], f[1000]); // expect: 1200 1200 -1199 -1000

// two names for one array, and a hole
function alias(a) {
  const b = a;
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    b[i] = i;
    s += a[i];
  }
  return s;
}
const g = new Array(3000).fill(0);
console.log(alias(g), alias(g)); // expect: 4498500 4498500
const h = [1, 2, , 4];
let hs = 0;
for (let r = 0; r < 1000; r++) hs += alias(h);
console.log(hs, h.length, 2 in h); // expect: 6000 4 true

// writes made before an exception are visible to the handler
function writeThenThrow(a, o) {
  for (let i = 0; i < a.length; i++) a[i] = i * 3;
  return o.missing.x;
}
const t = new Array(2000).fill(0);
const seen = [];
for (let r = 0; r < 3; r++) {
  t[1999] = 0;
  try {
    writeThenThrow(t, {});
  } catch (err) {
    seen.push(err instanceof TypeError, t[1999]);
  }
}
console.log(seen.join(" ")); // expect: true 5997 true 5997 true 5997

// compiled code inside host code inside compiled code: the inner activation's
// writes are visible to the host code between them
function inner(a, k) {
  for (let i = 0; i < a.length; i++) a[i] = i + k;
  return 0;
}
function middle(a, k) {
  try {
    inner(a, k);
  } catch (err) {
    return -1;
  }
  return a[5] + a[a.length - 1];
}
function outer(a, n) {
  let s = 0;
  for (let r = 0; r < n; r++) s += middle(a, r);
  return s;
}
const m = new Array(2000).fill(0);
console.log(outer(m, 1500), m[0]); // expect: 5254500 1499
