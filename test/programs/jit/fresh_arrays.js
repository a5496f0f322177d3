// `new Array(n).fill(v)` in a compiled function whose array never leaves it
// is made in its mirror, and dropped unseen where its register dies. Every
// way the array can still be seen must show its elements: a deopt inside the
// loop (a value of another type), an exec between accesses, a value of
// another type written into it, an append, a replaced fill or Array, a bad
// length, arrays too long for the mirror arena, -0 and doubles, one array
// per iteration of an outer loop, recursion, and the arrays that do escape
// (returned, stored, passed on), which are not made this way at all, and a
// fill value held in a register whose type changes.
function sieveCount(size) {
  const flags = new Array(size + 1).fill(true);
  let count = 0;
  for (let i = 2; i <= size; i++) {
    if (flags[i]) {
      count++;
      for (let k = i * i; k <= size; k += i) flags[k] = false;
    }
  }
  return count;
}

function sumAfterTypeChange(n, at) {
  const xs = new Array(n).fill(0);
  let s = 0;
  for (let i = 0; i < n; i++) {
    xs[i] = i === at ? 0.5 : i;
    s += xs[i];
  }
  return s + xs[n - 1] + xs.length;
}

function withExec(n) {
  const xs = new Array(n).fill(1);
  let s = 0;
  for (let i = 0; i < n; i++) {
    xs[i] = xs[i] + i;
    // a string concatenation: the host runs it, every mirror is written back
    if (i % 97 === 0) s += ("" + i).length;
  }
  return s + xs[n - 1] + xs[0];
}

function otherTypeWritten(n) {
  const xs = new Array(n).fill(false);
  for (let i = 0; i < n; i++) xs[i] = i % 3 === 0;
  xs[2] = "two";
  let t = 0;
  for (let i = 0; i < n; i++) if (xs[i]) t++;
  return t + ":" + xs[2];
}

function appended(n) {
  const xs = new Array(n).fill(2);
  for (let i = 0; i <= n + 2; i++) xs[i] = i;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s + "/" + xs.length;
}

function negativeZeroAndDoubles(n) {
  const zs = new Array(n).fill(-0);
  const ds = new Array(n).fill(1.25);
  let neg = 0;
  let d = 0;
  for (let i = 0; i < n; i++) {
    if (Object.is(zs[i], -0)) neg++;
    d += ds[i];
  }
  zs[1] = 3;
  return [neg, d, zs[0] === 0, 1 / zs[0], zs[1]];
}

function perRow(rows, n) {
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const row = new Array(n).fill(r);
    for (let i = 0; i < n; i++) row[i] += i;
    total += row[n - 1] + row[0];
  }
  return total;
}

function depthSum(d, n) {
  const mine = new Array(n).fill(d);
  if (d === 0) return mine[0];
  let s = 0;
  for (let i = 0; i < n; i++) s += mine[i];
  return s + depthSum(d - 1, n) + mine[n - 1];
}

// fill's argument a register: typed int32, then a double, a boolean, a string (deopts, recompiles)
function filledWith(n, v) {
  const xs = new Array(n).fill(v);
  let s = 0;
  for (let i = 0; i < n; i++) s += xs[i] ? 1 : 0;
  return s + ":" + xs[n - 1];
}

function lengthOnly(n) {
  const xs = new Array(n).fill(true);
  return xs.length;
}

function badLength(n) {
  try {
    const xs = new Array(n).fill(0);
    return xs.length;
  } catch (e) {
    return e.name;
  }
}

function escapes(n) {
  const kept = new Array(n).fill(7);
  kept[1] = 8;
  return kept;
}

const holder = {};
function stored(n) {
  const xs = new Array(n).fill(3);
  for (let i = 0; i < n; i++) xs[i] += i;
  holder.xs = xs;
  return xs[n - 1];
}

function passedOn(n) {
  const xs = new Array(n).fill(1);
  for (let i = 0; i < n; i++) xs[i] = i * 2;
  return xs.reduce((a, b) => a + b, 0);
}

function huge(n) {
  const xs = new Array(n).fill(1);
  let s = 0;
  for (let i = 0; i < n; i += 1000) s += xs[i];
  xs[n - 1] = 5;
  return s + xs[n - 1];
}

let r = [];
for (let k = 0; k < 40; k++) {
  r = [
    sieveCount(1000 + k),
    sumAfterTypeChange(300, k === 30 ? 150 : -1),
    withExec(500),
    otherTypeWritten(50),
    appended(20),
    negativeZeroAndDoubles(40),
    perRow(5, 30),
    depthSum(3, 10),
    lengthOnly(k),
    badLength(k === 35 ? -1 : k === 36 ? 1.5 : 4),
    escapes(4).join(","),
    filledWith(20, k < 15 ? k : k < 25 ? k + 0.5 : k < 32 ? k % 2 === 0 : "s"),
    stored(10),
    passedOn(30),
  ];
  if (k % 13 === 0 || k === 20 || (k >= 30 && k <= 36)) console.log(JSON.stringify(r));
}
console.log(JSON.stringify(r), holder.xs.length, holder.xs[9]);
console.log(huge(1200000), huge(1048577));

// the builtins replaced: the same code must call the new fill and make a subclass-free array
const realFill = Array.prototype.fill;
Array.prototype.fill = function (v) {
  for (let i = 0; i < this.length; i++) this[i] = v + 1;
  return this;
};
console.log(sieveCount(30), sumAfterTypeChange(10, -1), lengthOnly(3), perRow(2, 3));
Array.prototype.fill = realFill;
console.log(sieveCount(30), perRow(2, 3));
// expect: [168,45449,516,"18:two","253/23",[40,50,true,null,3],165,66,0,4,"7,8,7,7","0:0",12,870]
// expect: [170,45449,516,"18:two","253/23",[40,50,true,null,3],165,66,13,4,"7,8,7,7","20:13",12,870]
// expect: [171,45449,516,"18:two","253/23",[40,50,true,null,3],165,66,20,4,"7,8,7,7","20:20.5",12,870]
// expect: [172,45449,516,"18:two","253/23",[40,50,true,null,3],165,66,26,4,"7,8,7,7","20:true",12,870]
// expect: [172,45299.5,516,"18:two","253/23",[40,50,true,null,3],165,66,30,4,"7,8,7,7","20:true",12,870]
// expect: [173,45449,516,"18:two","253/23",[40,50,true,null,3],165,66,31,4,"7,8,7,7","0:false",12,870]
// expect: [173,45449,516,"18:two","253/23",[40,50,true,null,3],165,66,32,4,"7,8,7,7","20:s",12,870]
// expect: [174,45449,516,"18:two","253/23",[40,50,true,null,3],165,66,33,4,"7,8,7,7","20:s",12,870]
// expect: [174,45449,516,"18:two","253/23",[40,50,true,null,3],165,66,34,4,"7,8,7,7","20:s",12,870]
// expect: [174,45449,516,"18:two","253/23",[40,50,true,null,3],165,66,35,"RangeError","7,8,7,7","20:s",12,870]
// expect: [174,45449,516,"18:two","253/23",[40,50,true,null,3],165,66,36,"RangeError","7,8,7,7","20:s",12,870]
// expect: [175,45449,516,"18:two","253/23",[40,50,true,null,3],165,66,39,4,"7,8,7,7","20:s",12,870]
// expect: [175,45449,516,"18:two","253/23",[40,50,true,null,3],165,66,39,4,"7,8,7,7","20:s",12,870] 10 12
// expect: 1205 1054
// expect: 10 64 3 10
// expect: 10 6
