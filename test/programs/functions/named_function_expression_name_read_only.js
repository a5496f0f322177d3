// A named function expression's own name is read-only: in sloppy code every kind of write to it
// (=, compound assignment, ++, destructuring, for-of) is ignored; in strict code it is a TypeError.
const plain = function inner() { inner = 5; return typeof inner; };
console.log(plain()); // expect: function
const compound = function inner2() { inner2 += 1; inner2++; --inner2; return typeof inner2; };
console.log(compound()); // expect: function
const fromArrow = function inner3() { const g = () => { inner3 = 1; return typeof inner3; }; return g(); };
console.log(fromArrow()); // expect: function
const patterns = function gg() { for (gg of [1]) {} [gg] = [2]; ({ x: gg } = { x: 3 }); return typeof gg; };
console.log(patterns()); // expect: function
const strict = function self() { "use strict"; try { self++; } catch (e) { console.log(e.name, e.message); } return typeof self; };
console.log(strict()); // expect: TypeError Assignment to constant variable.
// expect: function
