// Exceptions unwind through loops and nested calls.
function find(matrix, target) {
  for (let r = 0; r < matrix.length; r++) {
    for (let c = 0; c < matrix[r].length; c++) {
      if (matrix[r][c] === target) throw { r, c };
    }
  }
  return null;
}
try {
  find([[1, 2], [3, 4], [5, 6]], 4);
} catch (pos) {
  console.log(pos); // expect: { r: 1, c: 1 }
}
console.log(find([[1]], 9)); // expect: null
let completed = 0;
for (let i = 0; i < 5; i++) {
  try {
    if (i % 2) throw new Error("odd " + i);
    completed++;
  } catch (e) {
    console.log(e.message);
    // expect: odd 1
    // expect: odd 3
  }
}
console.log(completed); // expect: 3
const results = [1, 0, 2].map((d) => {
  try {
    if (d === 0) throw new RangeError("division by zero");
    return 10 / d;
  } catch (e) {
    return e.name;
  }
});
console.log(results); // expect: [ 10, 'RangeError', 5 ]
