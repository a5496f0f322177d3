// A parameter typed through a copy (`const n = limit`): compiled as int32, it
// must still take a double, a numeric string, a huge number and undefined —
// the entry check sends those calls to the VM (or a wider version), with JS's
// answers.
function sumBelow(limit) {
  const n = limit;
  let s = 0;
  for (let i = 0; i < n; i++) s += i;
  return s;
}
let total = 0;
for (let r = 0; r < 300; r++) total += sumBelow(100 + (r % 7));
console.log(total); // expect: 1576190
console.log(sumBelow(10.5), sumBelow("12"), sumBelow(-3), sumBelow(undefined), sumBelow(null)); // expect: 55 66 0 0 0
console.log(sumBelow(2 ** 31 + 0.5 > 0 ? 20 : 0), sumBelow(true), sumBelow([4])); // expect: 190 0 6
for (let r = 0; r < 300; r++) total += sumBelow(50.5);
console.log(total); // expect: 1958690
