// On-stack replacement: `run` is called once, so only its loop can get hot;
// the JIT enters compiled code at the loop header mid-call, with `acc` as an
// int32. When `acc` passes 2^31 the overflow guard fails: the VM resumes at
// that instruction with the frame rebuilt and goes on with a double, and the
// next OSR attempt is declined because `acc` no longer fits the compiled type.
function run(n) {
  let acc = 0;
  for (let i = 0; i < n; i++) acc = acc + 100000;
  return acc;
}
console.log(run(30000)); // expect: 3000000000
