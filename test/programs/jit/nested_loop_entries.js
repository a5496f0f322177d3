// Loops nested in loops, in functions hot enough to compile: a nest is entered
// from the VM at its outermost loop's header only. An entry into the inner
// loop made the control flow irreducible, and binaryen's relooper threw on
// some such graphs (a do-while around another loop, an endless loop around
// one that breaks at once): an internal error with --jit-compile sync,
// --jit-threshold 0 and --deopt-stress.
function doWhileNest(n) {
  let g = 0;
  do {
    g++;
    do {
      g++;
    } while (g < n);
  } while (g < 2 * n);
  return g;
}
let t1 = 0;
for (let i = 0; i < 5000; i++) t1 += doWhileNest(i);
console.log(t1); // expect: 24997501

function endlessNest(n) {
  let i = 0;
  while (true) {
    i++;
    while (true) {
      break;
    }
    if (i >= n) return i;
  }
}
let t2 = 0;
for (let i = 0; i < 3000; i++) t2 += endlessNest(i);
console.log(t2); // expect: 4498501

function forEverAroundDoWhile(limit) {
  let s = 0;
  let g = 0;
  for (;;) {
    if (++g > limit) return s;
    g++;
    do {
      if (++g > limit) return s;
      s = (s * 3 + 1) % 1000003;
    } while (g % 2 !== 1);
  }
}
let t3 = 0;
for (let i = 0; i < 2000; i++) t3 = (t3 + forEverAroundDoWhile(i)) % 1000003;
console.log(t3); // expect: 228689

// a hot inner loop inside an outer loop that turns only a few times: compiled
// code is entered at the outer header when the inner loop has finished
function fewOuterTurns(turns, n) {
  let s = 0;
  for (let t = 0; t < turns; t++) {
    for (let i = 0; i < n; i++) s = (s + i * (t + 1)) % 1000003;
  }
  return s;
}
console.log(fewOuterTurns(3, 400000), fewOuterTurns(400, 1000)); // expect: 360009 779823

// for-of inside a counted loop, and a counted loop inside a for-of
function forOfNests(rows) {
  let s = 0;
  for (let k = 0; k < 3; k++) {
    for (const row of rows) s += row.length * (k + 1);
  }
  for (const row of rows) {
    for (let j = 0; j < row.length; j++) s += row[j];
  }
  return s;
}
const rows = [];
for (let i = 0; i < 300; i++) rows.push([i, i + 1, i + 2]);
let t5 = 0;
for (let i = 0; i < 200; i++) t5 += forOfNests(rows);
console.log(t5); // expect: 28170000
