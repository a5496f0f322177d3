// An error thrown deep in a call chain escapes to the top level.
function level3(x) {
  if (x > 2) throw new Error(`level3 rejected ${x}`);
  return x * 3;
}
function level2(x) { return level3(x + 1) + 1; }
function level1(x) { return level2(x * 2); }
console.log(level1(0)); // expect: 4
console.log(level1(1)); // expect runtime error: Error: level3 rejected 3
