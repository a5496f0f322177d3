// A hot function whose arithmetic makes -0 (a negated 0, 0 times a negative
// number, a -0 argument): the VM's feedback must call those results doubles.
// Recorded as int32, every version compiled an int32 guard that failed on -0
// and the JIT gave the function up after five versions.
function f(n, z) {
  let h = 1;
  for (let i = 0; i < n; i++) h = (h * 3 + i) | 0;
  const negated = -0;
  const product = 0 * -h;
  return [h, 1 / Math.max(negated, -7), 1 / product, 1 / (z + 0), 1 / z].join(" ");
}
let r = 0;
for (let i = 0; i < 400; i++) r = f(100, -0);
console.log(r);
