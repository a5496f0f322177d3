// Spread in calls and array literals.
const nums = [5, 1, 9, 3];
console.log(Math.max(...nums), Math.min(...nums, 0), Math.max(...[])); // expect: 9 0 -Infinity
function three(a, b, c) { return `${a}-${b}-${c}`; }
console.log(three(...[1, 2, 3]), three(...[1], 2, ...[3, 4]), three(..."xyz")); // expect: 1-2-3 1-2-3 x-y-z
const copy = [...nums];
copy.push(100);
console.log(nums.length, copy.length); // expect: 4 5
console.log([0, ...nums, 10], [...[], ...[[]]], [..."hi", ...new Set([1, 1, 2])]);
// expect: [ 0, 5, 1, 9, 3, 10 ] [ [] ] [ 'h', 'i', 1, 2 ]
const m = new Map([["a", 1], ["b", 2]]);
console.log([...m], [...m.keys()], [...m.values()]);
// expect: [ [ 'a', 1 ], [ 'b', 2 ] ] [ 'a', 'b' ] [ 1, 2 ]
const withHoles = [1, , 3];
console.log([...withHoles]); // expect: [ 1, undefined, 3 ]
const args = [];
for (let i = 0; i < 5; i++) args.push(i);
console.log(three(...args)); // expect: 0-1-2
