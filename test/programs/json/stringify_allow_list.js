// JSON.stringify with an array replacer (an allow-list of keys): each key is written once, in the list's order.
const v = { a: 1, b: [1, { a: 2, c: 3 }], 10: "ten", c: 4 };
console.log(JSON.stringify(v, ["a", "b", "a", 10, "zz"])); // expect: {"a":1,"b":[1,{"a":2}],"10":"ten"}
console.log(JSON.stringify(v, ["c", "c", "a"], 1));
// expect: {
// expect:  "c": 4,
// expect:  "a": 1
// expect: }
console.log(JSON.stringify({ 1: "one", x: 2 }, [1, "1", true, null])); // expect: {"1":"one"}
