// sort with a comparator is stable.
const nums = [10, 9, 1, 100, 25, -1, -20, 3.5];
console.log(nums.slice().sort((a, b) => a - b));
// expect: [
// expect:   -20, -1,  1, 3.5,
// expect:     9, 10, 25, 100
// expect: ]
console.log(nums.slice().sort((a, b) => b - a));
// expect: [
// expect:   100, 25, 10,   9,
// expect:   3.5,  1, -1, -20
// expect: ]
const people = [
  { name: "ann", age: 30 }, { name: "bob", age: 25 }, { name: "cat", age: 30 },
  { name: "dan", age: 25 }, { name: "eve", age: 35 }, { name: "fay", age: 30 },
];
const byAge = people.slice().sort((x, y) => x.age - y.age);
console.log(byAge.map((p) => p.name + p.age).join(" ")); // expect: bob25 dan25 ann30 cat30 fay30 eve35
const byAgeDesc = people.slice().sort((x, y) => y.age - x.age);
console.log(byAgeDesc.map((p) => p.name).join(" ")); // expect: eve ann cat fay bob dan
const words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime"];
console.log(words.slice().sort((a, b) => a.length - b.length));
// expect: [
// expect:   'fig',   'pear',
// expect:   'kiwi',  'date',
// expect:   'plum',  'lime',
// expect:   'apple'
// expect: ]
console.log(words.slice().sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
// expect: [
// expect:   'plum',  'pear',
// expect:   'lime',  'kiwi',
// expect:   'fig',   'date',
// expect:   'apple'
// expect: ]
const big = [];
for (let i = 0; i < 40; i++) big.push({ k: i % 4, i });
big.sort((a, b) => a.k - b.k);
console.log(big.map((e) => e.i).join(","));
// expect: 0,4,8,12,16,20,24,28,32,36,1,5,9,13,17,21,25,29,33,37,2,6,10,14,18,22,26,30,34,38,3,7,11,15,19,23,27,31,35,39
console.log([3, undefined, 1, 2].sort((a, b) => b - a)); // expect: [ 3, 2, 1, undefined ]
