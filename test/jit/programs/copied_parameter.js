// A parameter copied into a local before its uses (`const n = size`): its
// reads say nothing about it, the copy's reads do. Compiled, `limit` should
// be an int32 parameter, not a generic one unboxed at every iteration.
function countTo(limit) {
  const n = limit;
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + i * 3) % 1009;
  return s;
}

let total = 0;
for (let r = 0; r < 200; r++) total += countTo(500 + r);
console.log(total);
