// Deep and wide JSON structures.
let deep = 0;
for (let i = 0; i < 50; i++) deep = { next: deep };
const s = JSON.stringify(deep);
console.log(s.length, s.slice(0, 30), s.slice(-10)); // expect: 451 {"next":{"next":{"next":{"next }}}}}}}}}}
let back = JSON.parse(s);
let depth = 0;
while (typeof back === "object") { back = back.next; depth++; }
console.log(depth, back); // expect: 50 0
const wide = {};
for (let i = 0; i < 20; i++) wide["k" + i] = i * i;
const ws = JSON.stringify(wide);
console.log(ws.length, Object.keys(JSON.parse(ws)).length, JSON.parse(ws).k19); // expect: 177 20 361
const nestedArr = JSON.parse("[[[[[[[[[[1]]]]]]]]]]");
console.log(JSON.stringify(nestedArr), nestedArr[0][0][0][0][0][0][0][0][0][0]);
// expect: [[[[[[[[[[1]]]]]]]]]] 1
