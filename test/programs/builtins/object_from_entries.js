// Object.fromEntries: from arrays of pairs, Maps and any objects with "0" and "1"; keys converted, later keys win.
console.log(Object.fromEntries([["a", 1], ["b", [2]], [3, "c"], ["a", 6]])); // expect: { '3': 'c', a: 6, b: [ 2 ] }
console.log(Object.fromEntries([[{ toString() { return "k"; } }, 4], [[1, 2], 5]])); // expect: { k: 4, '1,2': 5 }
console.log(Object.fromEntries(new Map([[1, 2], ["x", { y: 1 }]])), Object.fromEntries([])); // expect: { '1': 2, x: { y: 1 } } {}
console.log(Object.fromEntries(Object.entries({ p: 1, q: 2 })), Object.fromEntries([{ 0: "z", 1: "w" }])); // expect: { p: 1, q: 2 } { z: 'w' }
for (const v of [undefined, 5, {}, ["ab"], [null]]) {
  try {
    Object.fromEntries(v);
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
// expect: TypeError: undefined is not iterable
// expect: TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: Iterator value ab is not an entry object
// expect: TypeError: Iterator value null is not an entry object
