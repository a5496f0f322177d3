// A counted loop over an array: fused compare-and-branch back-edges, element reads.
function sum(values) {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}
console.log(sum([1, 2, 3, 4]));
