// Rest parameters collect remaining arguments into a real array.
function collect(first, ...rest) {
  return [first, rest, rest.length, Array.isArray(rest)];
}
console.log(collect(1, 2, 3)); // expect: [ 1, [ 2, 3 ], 2, true ]
console.log(collect(1)); // expect: [ 1, [], 0, true ]
console.log(collect()); // expect: [ undefined, [], 0, true ]
const sum = (...nums) => nums.reduce((a, b) => a + b, 0);
console.log(sum(), sum(1), sum(1, 2, 3, 4)); // expect: 0 1 10
function count(...args) { return args.length; }
console.log(count(undefined, undefined), count(...[1, 2], ...[3])); // expect: 2 3
function withDefault(a = 1, ...others) { return `${a}|${others.join(",")}`; }
console.log(withDefault(), withDefault(undefined, 2, 3), withDefault(0)); // expect: 1| 1|2,3 0|
console.log(collect.length, sum.length, withDefault.length); // expect: 1 0 0
