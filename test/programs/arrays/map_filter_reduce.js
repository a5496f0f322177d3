// map, filter, reduce and reduceRight.
const a = [1, 2, 3, 4, 5];
console.log(a.map((x) => x * x), a.filter((x) => x % 2), a.reduce((s, x) => s + x, 0));
// expect: [ 1, 4, 9, 16, 25 ] [ 1, 3, 5 ] 15
console.log(a.map((x, i, arr) => `${i}/${arr.length}`)); // expect: [ '0/5', '1/5', '2/5', '3/5', '4/5' ]
console.log(a.reduce((s, x) => s + x), a.reduce((acc, x) => [x, ...acc], [])); // expect: 15 [ 5, 4, 3, 2, 1 ]
console.log(a.reduceRight((acc, x) => acc + x, ""), a.reduceRight((acc, x) => acc - x)); // expect: 54321 -5
console.log([[1, 2], [3], []].reduce((acc, x) => acc.concat(x), [])); // expect: [ 1, 2, 3 ]
console.log([1, , 3].map((x) => x * 10), [1, , 3].filter(() => true));
// expect: [ 10, <1 empty item>, 30 ] [ 1, 3 ]
const indices = [];
[1, , 3].reduce((acc, x, i) => { indices.push(i); return acc; }, 0);
console.log(indices); // expect: [ 0, 2 ]
console.log(["1", "2", "3"].map(Number), ["a", "", "b", null, 0].filter(Boolean));
// expect: [ 1, 2, 3 ] [ 'a', 'b' ]
console.log([1, 2, 3].map(String), ["10", "10", "10"].map(parseInt));
// expect: [ '1', '2', '3' ] [ 10, NaN, 2 ]
const max = [3, 9, 2].reduce((m, x) => (x > m ? x : m), -Infinity);
console.log(max, [].reduce((s, x) => s + x, "empty")); // expect: 9 empty
