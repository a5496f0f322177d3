// Builtin functions passed around as values.
console.log([1, 0, "", "a", null].map(Boolean), [1, 2, 3].map(String), ["1.5", "2e1", "x"].map(parseFloat));
// expect: [ true, false, false, true, false ] [ '1', '2', '3' ] [ 1.5, 20, NaN ]
console.log([1, 2.5, "3", 4].filter(Number.isInteger), [72, 105].map((c) => String.fromCharCode(c))); // expect: [ 1, 4 ] [ 'H', 'i' ]
console.log([[3, 1], [9, 2], [4, 8]].map((pair) => Math.max(...pair))); // expect: [ 3, 9, 8 ]
console.log(["10", "10", "10", "10"].map(parseInt), ["10", "10"].map(Number));
// expect: [ 10, NaN, 2, 3 ] [ 10, 10 ]
["a", "b"].forEach(console.log);
// expect: a 0 [ 'a', 'b' ]
// expect: b 1 [ 'a', 'b' ]
[[1, 2]].forEach((x) => console.log(x)); // expect: [ 1, 2 ]
const log = console.log;
log("detached console.log still works", 1); // expect: detached console.log still works 1
const fns = [Math.floor, Math.ceil, Math.round, Math.trunc];
console.log(fns.map((f) => f(-2.5)), fns.map((f) => f.name));
// expect: [ -3, -2, -2, -2 ] [ 'floor', 'ceil', 'round', 'trunc' ]
