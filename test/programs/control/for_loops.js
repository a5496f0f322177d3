// for loop variations.
let out = [];
for (let i = 0; i < 5; i++) out.push(i);
console.log(out.join(",")); // expect: 0,1,2,3,4
out = [];
for (let i = 10; i > 0; i -= 3) out.push(i);
console.log(out.join(",")); // expect: 10,7,4,1
let j = 0;
for (; j < 3; ) j++;
console.log(j); // expect: 3
let k = 0;
for (;;) {
  if (++k >= 4) break;
}
console.log(k); // expect: 4
out = [];
for (let a = 0, b = 5; a < b; a++, b--) out.push(`${a}:${b}`);
console.log(out.join(" ")); // expect: 0:5 1:4 2:3
let body = 0;
for (let i = 0; i < 0; i++) body++;
console.log(body); // expect: 0
for (var v = 0; v < 2; v++);
console.log(v); // expect: 2
