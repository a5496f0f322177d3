// Nested arrays print up to depth 2, deeper levels as [Array].
console.log([1, [2, [3, [4, [5]]]]]); // expect: [ 1, [ 2, [ 3, [Array] ] ] ]
console.log([[[]]], [[[[]]]]); // expect: [ [ [] ] ] [ [ [ [] ] ] ]
console.log([[1, 2], [3, 4]]); // expect: [ [ 1, 2 ], [ 3, 4 ] ]
console.log([[["deep", ["deeper"]]]]); // expect: [ [ [ 'deep', [Array] ] ] ]
console.log({ a: [[[1]]] }); // expect: { a: [ [ [Array] ] ] }
