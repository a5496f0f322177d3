// A compiled caller passes its compiled callee int32s for a long time, then a
// double: the caller deopts at the call, and the callee's parameter widens with
// it (recompiled alone, the caller would call the same int32 version again and
// deopt at every version until it gave up).
function blend(acc, w) {
  return acc + w * 3;
}

function drive(n, half) {
  let s = 0;
  for (let i = 0; i < n; i++) s = blend(s % 1000, i < half ? 1 : 0.5);
  return s;
}

let total = 0;
for (let r = 0; r < 6; r++) total += drive(5000, 5000);
for (let r = 0; r < 6; r++) total += drive(5000, 2500);
console.log(total);
