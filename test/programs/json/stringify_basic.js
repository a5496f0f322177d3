// JSON.stringify of primitives and simple structures.
console.log(JSON.stringify(1), JSON.stringify("s"), JSON.stringify(true), JSON.stringify(null));
// expect: 1 "s" true null
console.log(JSON.stringify(undefined), typeof JSON.stringify(undefined), JSON.stringify(() => 1));
// expect: undefined undefined undefined
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-0), JSON.stringify(1e21));
// expect: null null 0 1e+21
console.log(JSON.stringify([1, "a", true, null])); // expect: [1,"a",true,null]
console.log(JSON.stringify({ a: 1, b: [1, 2], c: { d: "e" } })); // expect: {"a":1,"b":[1,2],"c":{"d":"e"}}
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]]), JSON.stringify([{}]));
// expect: [] {} [[]] [{}]
console.log(JSON.stringify(0.1 + 0.2), JSON.stringify(5e-324), JSON.stringify(-1e-7));
// expect: 0.30000000000000004 5e-324 -1e-7
