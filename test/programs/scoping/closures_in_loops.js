// let creates a fresh binding per iteration; var shares one binding.
const withLet = [];
for (let i = 0; i < 3; i++) withLet.push(() => i);
console.log(withLet.map((f) => f())); // expect: [ 0, 1, 2 ]
const withVar = [];
for (var j = 0; j < 3; j++) withVar.push(() => j);
console.log(withVar.map((f) => f())); // expect: [ 3, 3, 3 ]
const iife = [];
for (var k = 0; k < 3; k++) iife.push(((k) => () => k)(k));
console.log(iife.map((f) => f())); // expect: [ 0, 1, 2 ]
const mutated = [];
for (let i = 0; i < 3; i++) {
  mutated.push(() => i);
  i++;
}
console.log(mutated.map((f) => f())); // expect: [ 1, 3 ]
const fromOf = [];
for (const x of ["a", "b"]) fromOf.push(() => x);
console.log(fromOf.map((f) => f())); // expect: [ 'a', 'b' ]
const fromIn = [];
for (const key in { p: 1, q: 2 }) fromIn.push(() => key);
console.log(fromIn.map((f) => f())); // expect: [ 'p', 'q' ]
const whileFns = [];
let w = 0;
while (w < 3) {
  let copy = w;
  whileFns.push(() => copy);
  w++;
}
console.log(whileFns.map((f) => f())); // expect: [ 0, 1, 2 ]
