// Three loops run one after the other in one call: the first gets hot and the
// function is compiled through an OSR entry before the VM has run the other
// two at all. Their element reads and property sites have no feedback, so they
// leave compiled code once ("not reached while profiling") and the function is
// compiled again with what the VM then saw; scale's parameter, int32 when it
// was first compiled, widens when phases passes it a double.
function scale(x, k) {
  return x * k + 1;
}

function phases(n) {
  let a = 0;
  for (let i = 0; i < n; i++) a = (a + i * 7) % 1000003;
  const table = new Array(32).fill(1);
  let b = 0;
  for (let i = 0; i < n; i++) {
    const j = i & 31;
    table[j] = table[j] + (i < n / 2 ? 2 : 0.5);
    b += table[j];
  }
  let c = 0;
  for (let i = 0; i < n; i++) c = scale(c % 1000, i < n / 2 ? 3 : 1.5);
  return [a, b, c, table.length];
}

let out;
for (let r = 0; r < 3; r++) out = phases(20000);
console.log(out);
