// JSON workload: build, stringify, parse and verify a document many times.
function makeDoc(n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push({
      id: i,
      name: "item-" + i,
      price: Math.round(i * 13.37 * 100) / 100,
      tags: ["t" + (i % 5), "g" + (i % 3)],
      dims: { w: i % 17, h: i % 23, d: (i * 7) % 11 },
      active: i % 2 === 0,
      note: i % 10 === 0 ? "quote \" and newline \n" : null,
    });
  }
  return { version: 3, count: n, items };
}
const doc = makeDoc(5000);
let text = "";
let parsed = null;
for (let round = 0; round < 5; round++) {
  text = JSON.stringify(parsed === null ? doc : parsed);
  parsed = JSON.parse(text);
}
let sum = 0;
for (const it of parsed.items) sum += it.price + it.dims.w * it.dims.h - it.dims.d + (it.active ? 1 : 0);
console.log(text.length, parsed.count, sum.toFixed(2)); // expect: 614718 5000 167508054.00
console.log(JSON.stringify(parsed.items[1234]));
// expect: {"id":1234,"name":"item-1234","price":16498.58,"tags":["t4","g1"],"dims":{"w":10,"h":15,"d":3},"active":true,"note":null}
console.log(JSON.stringify(parsed) === JSON.stringify(doc)); // expect: true
const pretty = JSON.stringify(parsed.items.slice(0, 50), null, 2);
console.log(pretty.length, pretty.split("\n").length); // expect: 10647 802
