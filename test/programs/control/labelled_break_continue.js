// Labelled break and continue in nested loops.
const found = [];
outer: for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    if (j > i) continue outer;
    if (i + j === 6) break outer;
    found.push(`${i}${j}`);
  }
}
console.log(found.join(" ")); // expect: 00 10 11 20 21 22 30 31 32
let count = 0;
rows: while (true) {
  cols: for (let c = 0; ; c++) {
    count++;
    if (c === 2) continue rows;
    if (count > 10) break rows;
  }
}
console.log(count); // expect: 11
block: {
  console.log("in block"); // expect: in block
  if (count) break block;
  console.log("skipped");
}
console.log("after block"); // expect: after block
let s = "";
a: for (const x of [1, 2, 3]) {
  b: for (const y of [1, 2, 3]) {
    if (y === 2) continue a;
    s += `${x}${y} `;
  }
}
console.log(s.trim()); // expect: 11 21 31
let d = 0;
loop: do {
  d++;
  if (d < 3) continue loop;
  break loop;
} while (true);
console.log(d); // expect: 3
