// On-stack replacement and deoptimisation inside one call: each loop runs in
// a function called once, so compiled code is entered at the loop header; a
// value then changes type mid-loop (int32 overflow, an int32 element turning
// into a double, a number turning into a string) and the VM must finish the
// loop from exactly that instruction.
function overflow(n) {
  let acc = 0;
  for (let i = 0; i < n; i++) acc = acc + 100000;
  return acc;
}
console.log(overflow(30000)); // expect: 3000000000

function elements(values) {
  let acc = 0;
  for (let i = 0; i < values.length; i++) acc = acc + values[i] * 2;
  return acc;
}
const values = [];
for (let i = 0; i < 6000; i++) values.push(i < 4000 ? 3 : 0.25);
console.log(elements(values)); // expect: 25000

function becomesString(n) {
  let x = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (i === 4000) x = 's';
    x = x + 1;
    count = count + (typeof x === 'string' ? 1 : 0);
  }
  return [count, typeof x, String(x).length];
}
console.log(becomesString(5000)); // expect: [ 1000, 'string', 1001 ]

// nested loops: the inner loop gets hot first; the outer one enters later
function nested(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) s = (s + i * j) | 0;
    if (i === n - 5) s = s + 0.5;
  }
  return s;
}
// the 0.5 added near the end is truncated by the next `| 0`
console.log(nested(200)); // expect: 396010000
