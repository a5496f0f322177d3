"use strict";
// In strict code a store with an object key converts the key once (its toString runs once per
// store, twice for a compound assignment: once to read, once to write), as in sloppy code.
let calls = 0;
const key = { toString() { calls++; return "k"; } };
const o = {};
o[key] = 1;
o[key] += 1;
console.log(o.k, calls); // expect: 2 3
class C { static run() { const t = {}; t[key] = 5; return t.k; } }
console.log(C.run(), calls); // expect: 5 4
