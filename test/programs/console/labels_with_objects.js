// A label string followed by containers on the same line.
console.log("obj:", { a: 1 }, "arr:", [1, 2]); // expect: obj: { a: 1 } arr: [ 1, 2 ]
console.log("long:", { alpha: "aaaaaaaaaaaa", beta: "bbbbbbbbbbbb", gamma: "cccccccccccc", delta: 1 });
// expect: long: {
// expect:   alpha: 'aaaaaaaaaaaa',
// expect:   beta: 'bbbbbbbbbbbb',
// expect:   gamma: 'cccccccccccc',
// expect:   delta: 1
// expect: }
const nums = [];
for (let i = 0; i < 12; i++) nums.push(i * 1000);
console.log("nums", nums);
// expect: nums [
// expect:      0,  1000,  2000,
// expect:   3000,  4000,  5000,
// expect:   6000,  7000,  8000,
// expect:   9000, 10000, 11000
// expect: ]
console.log([1, 2], "between", [3]); // expect: [ 1, 2 ] between [ 3 ]
console.log("count: " + 3, 3 + " items", `${[1, 2]}`, String({}));
// expect: count: 3 3 items 1,2 [object Object]
