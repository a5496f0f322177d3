// NaN, Infinity and undefined are read-only properties of the global object: assigning them (in
// any form) is ignored in sloppy code and a TypeError in strict code; a local of that name is an
// ordinary binding.
NaN = 1; undefined = 2; Infinity = 3;
console.log(NaN, undefined, Infinity); // expect: NaN undefined Infinity
Infinity++; NaN += 1; [undefined] = [4];
console.log(NaN, undefined, Infinity, typeof undefined); // expect: NaN undefined Infinity undefined
function f() { undefined = 5; return undefined; }
console.log(f()); // expect: undefined
function g(undefined) { undefined = 6; return undefined; }
console.log(g()); // expect: 6
{ let NaN = 7; NaN = 8; console.log(NaN); } // expect: 8
class S { static run() { try { NaN = 9; console.log("no error"); } catch (e) { console.log(e.name); } } }
S.run(); // expect: TypeError
