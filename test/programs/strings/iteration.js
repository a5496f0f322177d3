// Iterating strings.
const s = "abc";
const out = [];
for (const ch of s) out.push(ch.toUpperCase());
console.log(out.join("")); // expect: ABC
for (let i = s.length - 1; i >= 0; i--) console.log(i, s[i]);
// expect: 2 c
// expect: 1 b
// expect: 0 a
console.log([...s], Array.from(s), [..."ab", ..."cd"]);
// expect: [ 'a', 'b', 'c' ] [ 'a', 'b', 'c' ] [ 'a', 'b', 'c', 'd' ]
let idx = [];
for (const i in "xyz") idx.push(i);
console.log(idx); // expect: [ '0', '1', '2' ]
let count = 0;
for (const ch of "mississippi") if (ch === "s") count++;
console.log(count); // expect: 4
