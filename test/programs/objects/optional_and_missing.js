// Missing properties, undefined values and property existence.
const o = { present: undefined, nil: null, zero: 0 };
console.log(o.present, o.nil, o.zero, o.absent); // expect: undefined null 0 undefined
console.log("present" in o, "absent" in o); // expect: true false
console.log(o.present === o.absent, Object.keys(o).length); // expect: true 3
console.log(o.nil?.x, o.absent?.deep?.deeper); // expect: undefined undefined
const deep = { a: { b: { c: { d: "found" } } } };
const path = ["a", "b", "c", "d"];
let cur = deep;
for (const p of path) cur = cur?.[p];
console.log(cur); // expect: found
cur = deep;
for (const p of ["a", "x", "y"]) cur = cur?.[p];
console.log(cur); // expect: undefined
