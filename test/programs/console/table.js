// console.table draws node's table: rows and columns from arrays, objects, Maps and Sets, cells inspected,
// only the listed columns when given, a primitive printed as console.log prints it; indented in a group.
console.table([{ a: 1, b: "x" }, { a: 2, c: [1, 2] }]);
// expect: ┌─────────┬───┬─────┬──────────┐
// expect: │ (index) │ a │ b   │ c        │
// expect: ├─────────┼───┼─────┼──────────┤
// expect: │ 0       │ 1 │ 'x' │          │
// expect: │ 1       │ 2 │     │ [ 1, 2 ] │
// expect: └─────────┴───┴─────┴──────────┘
console.table({ r1: { c: 1 }, r2: { c: 2, d: { deep: { x: 1 } } } }, ["d"]);
// expect: ┌─────────┬────────────────────┐
// expect: │ (index) │ d                  │
// expect: ├─────────┼────────────────────┤
// expect: │ r1      │                    │
// expect: │ r2      │ { deep: [Object] } │
// expect: └─────────┴────────────────────┘
console.table(new Map([["k", { v: 1 }]]));
// expect: ┌───────────────────┬─────┬──────────┐
// expect: │ (iteration index) │ Key │ Values   │
// expect: ├───────────────────┼─────┼──────────┤
// expect: │ 0                 │ 'k' │ { v: 1 } │
// expect: └───────────────────┴─────┴──────────┘
console.table("just a string"); // expect: just a string
console.group("grouped");
console.table([-0, null]);
console.groupEnd();
// expect: grouped
// expect:   ┌─────────┬────────┐
// expect:   │ (index) │ Values │
// expect:   ├─────────┼────────┤
// expect:   │ 0       │ -0     │
// expect:   │ 1       │ null   │
// expect:   └─────────┴────────┘
try {
  console.table([{ a: 1 }], 5);
} catch (e) {
  console.log(e.name + ": " + e.message); // expect: TypeError: The "properties" argument must be an instance of Array. Received type number (5)
}
