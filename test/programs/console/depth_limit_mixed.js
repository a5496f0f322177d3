// Containers nested deeper than two levels print as [Type].
console.log({ a: { b: { c: new Map([[1, 2]]) } } }); // expect: { a: { b: { c: [Map] } } }
console.log({ a: { b: { c: new Set([1]) } } }); // expect: { a: { b: { c: [Set] } } }
console.log({ a: { b: { c: [1, 2] } } }); // expect: { a: { b: { c: [Array] } } }
class Foo { constructor() { this.x = 1; } }
console.log([[[new Foo()]]]); // expect: [ [ [ [Foo] ] ] ]
console.log({ a: { b: { c: {} } } }, { a: { b: { c: [] } } });
// expect: { a: { b: { c: {} } } } { a: { b: { c: [] } } }
console.log(new Map([["k", { deep: { deeper: { deepest: 1 } } }]]));
// expect: Map(1) { 'k' => { deep: { deeper: [Object] } } }
console.log([new Set([[1, [2, [3]]]])]); // expect: [ Set(1) { [ 1, [Array] ] } ]
