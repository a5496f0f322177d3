// Iterator objects of arrays, Maps and Sets step by hand with next(), and an
// array iterator prints as node prints it. (next was missing: `it.next` was
// undefined, and the iterator printed as `Array Iterator {}`.)
const it = [1, 2].values();
console.log(typeof it.next, it.next(), it.next());
// expect: function { value: 1, done: false } { value: 2, done: false }
console.log(it.next(), it.next()); // expect: { value: undefined, done: true } { value: undefined, done: true }
console.log([1, 2].keys(), [3].entries()); // expect: Object [Array Iterator] {} Object [Array Iterator] {}
const entries = new Map([[1, 'a'], [2, 'b']]).entries();
console.log(entries.next().value, entries.next().done, entries.next()); // expect: [ 1, 'a' ] false { value: undefined, done: true }
const values = new Set(['x', 'y']).values();
let seen = '';
for (let step = values.next(); !step.done; step = values.next()) seen += step.value;
console.log(seen); // expect: xy
// next() and for-of share the iterator: what next() took, the loop does not see
const rest = [10, 20, 30].values();
rest.next();
let sum = 0;
for (const v of rest) sum += v;
console.log(sum); // expect: 50
