// flatMap flattens what the callback returns as flat() does: holes in a returned array are skipped.
console.log([1].flatMap(() => [1, , 2])); // expect: [ 1, 2 ]
console.log([1, 2].flatMap((x) => [x, , [x * 10]])); // expect: [ 1, [ 10 ], 2, [ 20 ] ]
console.log([, 3].flatMap((x) => new Array(2))); // expect: []
console.log([1, 2].flatMap((x) => (x === 1 ? [, , ] : x)).length); // expect: 1
