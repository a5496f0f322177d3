// A string hash whose sum leaves int32 at almost every step and is truncated
// at once (test/jit/truncation.test.ts).
function hash(s) {
  let h = 0;
  for (let k = 0; k < s.length; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}
let total = 0;
for (let i = 0; i < 3000; i++) total = (total + hash("the quick brown fox " + i)) | 0;
console.log(total);
