// An object first met below the depth console.log shows, then again near the top: shown in full there.
const inner = { a: 1, b: [1, 2] };
console.log({ d: { e: { f: { g: { h: inner } } } }, inner });
// expect: { d: { e: { f: [Object] } }, inner: { a: 1, b: [ 1, 2 ] } }
console.log([[[[[inner]]]]], inner); // expect: [ [ [ [Array] ] ] ] { a: 1, b: [ 1, 2 ] }
const deep = [[[[[[[{ x: inner }]]]]]]];
console.log(deep, [inner]); // expect: [ [ [ [Array] ] ] ] [ { a: 1, b: [ 1, 2 ] } ]
const e = new Error("x");
e.self = e;
const wrapped = [[[[[[e]]]]]];
console.log(wrapped); // expect: [ [ [ [Array] ] ] ]
