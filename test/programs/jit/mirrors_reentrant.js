// Mirrors across re-entry: compiled code calls a builtin that calls back into
// compiled code which reads and writes the same array and object, and the
// outer loop goes on with what the callback wrote.
const state = { total: 0, calls: 0 };
function bump(a, i) {
  for (let k = 0; k < 4; k++) a[(i + k) % a.length] += 1;
  state.total = (state.total + a[i]) % 1000003;
  state.calls = state.calls + 1;
}
function outer(a, rounds) {
  let seen = 0;
  const index = [0];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < a.length; i++) a[i] = (a[i] * 3 + i) % 1009;
    index[0] = r % a.length;
    index.forEach(bumpShared);
    seen += a[r % a.length] + state.total;
  }
  return seen;
}
const arr = new Array(400).fill(1);
function bumpShared(i) {
  bump(arr, i);
}
let s = 0;
for (let k = 0; k < 40; k++) s = (s + outer(arr, 25)) % 1000000007;
console.log(s, arr.slice(0, 5).join(), state.calls); // expect: 251290613 588,10,288,515,541 1000
