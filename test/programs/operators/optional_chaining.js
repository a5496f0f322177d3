// ?. short-circuits on null and undefined.
const o = { a: { b: { c: 42 } }, arr: [1, [2, 3]], f() { return "called"; }, n: null };
console.log(o?.a?.b?.c, o.x?.y, o.x?.y.z.w); // expect: 42 undefined undefined
console.log(o.n?.foo, o.n?.foo.bar, o.arr?.[1]?.[0], o.arr?.[5]?.[0]);
// expect: undefined undefined 2 undefined
console.log(o.f?.(), o.g?.(), o.n?.f()); // expect: called undefined undefined
let count = 0;
const u = undefined;
u?.[count++];
console.log(count); // expect: 0
o?.[count++];
console.log(count); // expect: 1
console.log((null)?.x, (undefined)?.[0]); // expect: undefined undefined
const m = new Map([["k", { v: 1 }]]);
console.log(m.get("k")?.v, m.get("z")?.v); // expect: 1 undefined
console.log("str"?.length, (5)?.toFixed(1)); // expect: 3 5.0
const fns = { run: null };
console.log(fns.run?.(1, 2) ?? "no run"); // expect: no run
