// Pretty printing with an indent.
const data = { name: "x", list: [1, 2, { deep: true }], empty: {}, emptyArr: [], n: null };
console.log(JSON.stringify(data, null, 2));
// expect: {
// expect:   "name": "x",
// expect:   "list": [
// expect:     1,
// expect:     2,
// expect:     {
// expect:       "deep": true
// expect:     }
// expect:   ],
// expect:   "empty": {},
// expect:   "emptyArr": [],
// expect:   "n": null
// expect: }
console.log(JSON.stringify([1, [2, [3]]], null, 4));
// expect: [
// expect:     1,
// expect:     [
// expect:         2,
// expect:         [
// expect:             3
// expect:         ]
// expect:     ]
// expect: ]
console.log(JSON.stringify({ a: 1 }, null, "--"));
// expect: {
// expect: --"a": 1
// expect: }
console.log(JSON.stringify({ a: [] }, null, 0), JSON.stringify({ a: 1 }, null, ""));
// expect: {"a":[]} {"a":1}
console.log(JSON.stringify({ a: 1 }, null, 20) === JSON.stringify({ a: 1 }, null, 10)); // expect: true
console.log(JSON.stringify("str", null, 2), JSON.stringify([], null, 2), JSON.stringify({}, null, 2));
// expect: "str" [] {}
