// Arrays larger than the mirror arena's first size (1 MB): the shared memory
// grows while compiled code runs, and every view of it (the host's cells, the
// mirrors) must follow, including a second array mirrored after the growth.
function mix(a, b, rounds) {
  let s = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < a.length; i++) {
      a[i] = (a[i] * 7 + b[i % b.length] + r) % 10007;
      s = (s + a[i]) % 1000000007;
    }
  }
  return s;
}
const a = [];
for (let i = 0; i < 300000; i++) a.push(i % 101);
const b = [];
for (let i = 0; i < 200000; i++) b.push((i * 3) % 17);
console.log(mix(a, b, 3), a[0], a[299999], b[199999]); // expect: 263008678 9 804 16
