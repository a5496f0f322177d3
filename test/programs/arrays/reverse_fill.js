// reverse and fill mutate in place and return the same array.
const a = [1, 2, 3, 4];
const r = a.reverse();
console.log(r, r === a, a); // expect: [ 4, 3, 2, 1 ] true [ 4, 3, 2, 1 ]
console.log([].reverse(), [1].reverse(), [1, , 3].reverse()); // expect: [] [ 1 ] [ 3, <1 empty item>, 1 ]
console.log(new Array(4).fill(0), [1, 2, 3, 4, 5].fill("x", 1, 3));
// expect: [ 0, 0, 0, 0 ] [ 1, 'x', 'x', 4, 5 ]
console.log([1, 2, 3, 4, 5].fill(9, -2), [1, 2, 3].fill(7, 5), [1, 2, 3].fill(8, -10, -2));
// expect: [ 1, 2, 3, 9, 9 ] [ 1, 2, 3 ] [ 8, 2, 3 ]
const grid = new Array(3).fill(null).map(() => new Array(3).fill(0));
grid[1][1] = 5;
console.log(grid); // expect: [ [ 0, 0, 0 ], [ 0, 5, 0 ], [ 0, 0, 0 ] ]
const shared = new Array(2).fill([]);
shared[0].push("same");
console.log(shared); // expect: [ [ 'same' ], [ 'same' ] ]
