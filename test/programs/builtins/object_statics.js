// Object.keys/values/entries/assign/is/getPrototypeOf together.
const defaults = { color: "red", size: 1 };
const custom = { size: 3, weight: 10 };
const merged = Object.assign({}, defaults, custom);
console.log(merged, defaults); // expect: { color: 'red', size: 3, weight: 10 } { color: 'red', size: 1 }
console.log(Object.entries(merged).map(([k, v]) => `${k}=${v}`).join("&"));
// expect: color=red&size=3&weight=10
console.log(Object.values(merged).filter((v) => typeof v === "number").reduce((a, b) => a + b)); // expect: 13
console.log(Object.is(merged.size, 3), Object.is(Object.getPrototypeOf(merged), Object.getPrototypeOf({})));
// expect: true true
const frozenish = Object.assign([1, 2], { 1: "b" });
console.log(frozenish); // expect: [ 1, 'b' ]
console.log(Object.keys("str"), Object.values([1, 2]), Object.entries("ab"));
// expect: [ '0', '1', '2' ] [ 1, 2 ] [ [ '0', 'a' ], [ '1', 'b' ] ]
