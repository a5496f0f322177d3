// for...of over arrays, strings, Maps and Sets.
for (const x of [1, "two", null]) console.log(x);
// expect: 1
// expect: two
// expect: null
for (const ch of "hé!") console.log(ch);
// expect: h
// expect: é
// expect: !
const m = new Map([["a", 1], ["b", 2]]);
for (const [k, v] of m) console.log(k, v);
// expect: a 1
// expect: b 2
for (const entry of m) console.log(entry);
// expect: [ 'a', 1 ]
// expect: [ 'b', 2 ]
for (const k of m.keys()) console.log("key", k);
// expect: key a
// expect: key b
for (const v of m.values()) console.log("value", v);
// expect: value 1
// expect: value 2
const s = new Set([3, 1, 3, 2]);
for (const v of s) console.log("set", v);
// expect: set 3
// expect: set 1
// expect: set 2
for (const [i, v] of [[0, "p"], [1, "q"]]) console.log(i, v);
// expect: 0 p
// expect: 1 q
const holes = [1, , 3];
for (const h of holes) console.log(h);
// expect: 1
// expect: undefined
// expect: 3
let last;
for (last of [7, 8, 9]);
console.log(last); // expect: 9
