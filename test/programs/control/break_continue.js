// Unlabelled break and continue in every loop kind.
let s = "";
for (let i = 0; i < 10; i++) {
  if (i % 2) continue;
  if (i > 6) break;
  s += i;
}
console.log(s); // expect: 0246
s = "";
for (const x of "abcdef") {
  if (x === "b") continue;
  if (x === "e") break;
  s += x;
}
console.log(s); // expect: acd
s = "";
for (const k in { a: 1, b: 2, c: 3 }) {
  if (k === "b") continue;
  s += k;
}
console.log(s); // expect: ac
let n = 0;
while (true) {
  n++;
  if (n < 5) continue;
  break;
}
console.log(n); // expect: 5
s = "";
for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) break;
    s += `${i}${j};`;
  }
}
console.log(s); // expect: 00;10;20;
