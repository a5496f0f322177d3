// Allocating many objects, Map entries and closures.
const objs = [];
for (let i = 0; i < 200000; i++) objs.push({ id: i, tag: "t" + (i % 7), v: i * 0.5 });
let acc = 0;
for (const o of objs) if (o.tag === "t3") acc += o.v;
console.log(objs.length, acc); // expect: 200000 1428521429
const m = new Map();
for (let i = 0; i < 100000; i++) m.set("k" + i, i);
let s = 0;
for (const [, v] of m) s += v;
console.log(m.size, s, m.get("k99999")); // expect: 100000 4999950000 99999
const fns = [];
for (let i = 0; i < 50000; i++) fns.push(() => i);
console.log(fns.reduce((t, f) => t + f(), 0)); // expect: 1249975000
