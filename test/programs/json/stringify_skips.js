// undefined and functions are dropped from objects and become null in arrays.
const f = () => 1;
console.log(JSON.stringify({ a: undefined, b: f, c: 1, d: null })); // expect: {"c":1,"d":null}
console.log(JSON.stringify([undefined, f, NaN, Infinity, -Infinity, null]));
// expect: [null,null,null,null,null,null]
console.log(JSON.stringify({ nested: { u: undefined }, arr: [undefined] }));
// expect: {"nested":{},"arr":[null]}
console.log(JSON.stringify([, 1]), JSON.stringify(new Array(2))); // expect: [null,1] [null,null]
console.log(JSON.stringify({ m: new Map([[1, 2]]), s: new Set([1]) })); // expect: {"m":{},"s":{}}
class P { constructor() { this.x = 1; } method() {} }
console.log(JSON.stringify(new P()), JSON.stringify([new P()])); // expect: {"x":1} [{"x":1}]
const arr = [1, 2];
arr.extra = "ignored";
console.log(JSON.stringify(arr)); // expect: [1,2]
