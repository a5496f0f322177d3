// Two arrays that together need more than the mirror arena's first megabyte:
// the shared memory grows, both stay mirrored for the whole loop, and --stats
// counts each copied once in (and the written one once out).
function mix(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    a[i] = (a[i] * 7 + b[i % b.length]) % 10007;
    s = (s + a[i]) % 1000000007;
  }
  return s;
}
const a = [];
for (let i = 0; i < 150000; i++) a.push(i % 101);
const b = [];
for (let i = 0; i < 100000; i++) b.push((i * 3) % 17);
console.log(mix(a, b), a[149999]); // expect: 53695467 104
