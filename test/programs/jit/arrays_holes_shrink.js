// Out-of-bounds and hole reads, an array shrinking while a hot loop reads its length,
// and a type change mid-loop (numbers, then a string) in a compiled function.
function sum(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s = s + a[i];
  return s;
}
const nums = [];
for (let i = 0; i < 2000; i++) nums.push(i);
let total = 0;
for (let k = 0; k < 20; k++) total += sum(nums);
console.log(total); // expect: 39980000
console.log(sum([1, 2, , 4]), sum([1.5, 2.5])); // expect: NaN 4
console.log(sum([1, 2, "x", 3])); // expect: 3x3
function outOfBounds(a, n) {
  let c = 0;
  for (let i = 0; i < n; i++) if (a[i] === undefined) c++;
  return c;
}
console.log(outOfBounds([1, 2, 3], 3000)); // expect: 2997
function shrink(a) {
  let seen = 0;
  for (let i = 0; i < a.length; i++) {
    seen = seen + 1;
    if (i % 100 === 99) a.length = a.length - 50;
  }
  return seen;
}
const big = [];
for (let i = 0; i < 5000; i++) big.push(i);
console.log(shrink(big), big.length); // expect: 3350 3350
