// One call, one long float loop (about 2 s in the VM, so the compiler thread
// has time to start): only on-stack replacement can speed it up.
function series(n) {
  let s = 0;
  for (let k = 0; k < n; k++) s += (k % 2 === 0 ? 4 : -4) / (2 * k + 1);
  return s;
}
console.log(series(30000000).toFixed(6)); // expect: 3.141593
