// Two number arrays too large to be mirrored together (the arena of mirrors
// holds 64 MB): the second one's mirror request writes the first back and
// starts the arena over while compiled code holds, in a local, the index of
// `o` in the table of references. That table must stay as it is (emptied,
// `o.x` read undefined through the index: a TypeError).
class P {
  constructor(x) {
    this.x = x;
  }
}
function work(objs, a, b, m) {
  let t = 0;
  for (let j = 0; j < 2; j++) {
    const big = j === 0 ? a : b;
    for (let i = 0; i < m; i++) {
      const o = objs[i & 7];
      t += big[i * 1000];
      t += o.x;
    }
  }
  return t;
}
const objs = [];
for (let i = 0; i < 8; i++) objs.push(new P(i * 1000));
const n = 4500000;
const a = new Array(n).fill(1.5);
const b = new Array(n).fill(2.5);
let r = 0;
for (let k = 0; k < 3; k++) r = work(objs, a, b, 4000);
console.log(r);
// expect: 28016000
