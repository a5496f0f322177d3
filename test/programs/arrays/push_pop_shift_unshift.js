// Mutators and their return values.
const a = [];
console.log(a.push(1), a.push(2, 3), a); // expect: 1 3 [ 1, 2, 3 ]
console.log(a.pop(), a); // expect: 3 [ 1, 2 ]
console.log(a.unshift(0), a.unshift(-2, -1), a); // expect: 3 5 [ -2, -1, 0, 1, 2 ]
console.log(a.shift(), a); // expect: -2 [ -1, 0, 1, 2 ]
console.log([].pop(), [].shift(), [].push(), [].unshift()); // expect: undefined undefined 0 0
const q = [];
for (let i = 0; i < 5; i++) q.push(i);
const out = [];
while (q.length) out.push(q.shift());
console.log(out, q); // expect: [ 0, 1, 2, 3, 4 ] []
const stack = [1, 2, 3];
stack.push(...[4, 5]);
console.log(stack.pop() + stack.pop(), stack); // expect: 9 [ 1, 2, 3 ]
const holes = [1, , 3];
console.log(holes.pop(), holes.pop(), holes); // expect: 3 undefined [ 1 ]
