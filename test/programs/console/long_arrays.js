// Arrays with more than 6 numbers are grouped into aligned columns.
const nums = [];
for (let i = 0; i < 30; i++) nums.push(i * 7);
console.log(nums);
// expect: [
// expect:     0,   7,  14,  21,  28,  35,  42,  49,
// expect:    56,  63,  70,  77,  84,  91,  98, 105,
// expect:   112, 119, 126, 133, 140, 147, 154, 161,
// expect:   168, 175, 182, 189, 196, 203
// expect: ]
console.log([1, 2, 3, 4, 5, 6]); // expect: [ 1, 2, 3, 4, 5, 6 ]
console.log([1, 2, 3, 4, 5, 6, 7]);
// expect: [
// expect:   1, 2, 3, 4,
// expect:   5, 6, 7
// expect: ]
const words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"];
console.log(words);
// expect: [
// expect:   'alpha',   'beta',
// expect:   'gamma',   'delta',
// expect:   'epsilon', 'zeta',
// expect:   'eta',     'theta',
// expect:   'iota',    'kappa'
// expect: ]
const mixed = [1, "two", 3, "four", 5, "six", 7, "eight"];
console.log(mixed); // expect: [ 1, 'two', 3, 'four', 5, 'six', 7, 'eight' ]
const neg = [-1, 20, -300, 4000, -50000, 600000, -7000000];
console.log(neg); // expect: [ -1, 20, -300, 4000, -50000, 600000, -7000000 ]
