// Nested objects print up to depth 2, deeper levels as [Object].
console.log({ a: 1, b: { c: 2, d: { e: 3, f: { g: 4 } } } });
// expect: { a: 1, b: { c: 2, d: { e: 3, f: [Object] } } }
console.log({ l1: { l2: { l3: { l4: {} } } } }); // expect: { l1: { l2: { l3: [Object] } } }
console.log({ l1: { l2: { l3: {} } } }); // expect: { l1: { l2: { l3: {} } } }
console.log([{ a: { b: { c: 1 } } }]); // expect: [ { a: { b: [Object] } } ]
console.log({ empty: {}, emptyArr: [], nested: { empty: {} } });
// expect: { empty: {}, emptyArr: [], nested: { empty: {} } }
