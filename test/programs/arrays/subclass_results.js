// For an instance of a class extending Array, map, filter, slice, splice, concat, flat and flatMap make their
// result with that class (`new C(length)`, fields and all), and C.from / C.of make instances of C.
class Tagged extends Array {
  tag = "t";
}
const s = new Tagged();
s.push(1, 2, 3);
console.log(s.map((x) => x * 2), s.filter((x) => x > 1)); // expect: Tagged(3) [ 2, 4, 6, tag: 't' ] Tagged(2) [ 2, 3, tag: 't' ]
console.log(s.slice(1), s.concat([9]) instanceof Tagged, s.flatMap((x) => [x]).length); // expect: Tagged(2) [ 2, 3, tag: 't' ] true 3
console.log(s.splice(0, 1), s); // expect: Tagged(1) [ 1, tag: 't' ] Tagged(2) [ 2, 3, tag: 't' ]
class Pair extends Array {
  constructor(a, b) {
    super();
    this.push("made", a, b);
  }
}
const p = new Pair(1, 2);
console.log(p.map((x) => x), p.slice(0, 1)); // expect: Pair(3) [ 'made', 1, 2 ] Pair(1) [ 'made' ]
console.log(Tagged.of(7, 8), Tagged.from("ab", (c) => c + c)); // expect: Tagged(2) [ 7, 8, tag: 't' ] Tagged(2) [ 'aa', 'bb', tag: 't' ]
console.log(Array.from(s) instanceof Tagged, [1, 2].map((x) => x) instanceof Tagged); // expect: false false
const odd = [1];
odd.constructor = function F() {};
console.log(odd.map((x) => x + 1)); // expect: [ 2 ]
odd.constructor = 5;
try {
  odd.map((x) => x);
} catch (e) {
  console.log(e.name + ": " + e.message); // expect: TypeError: object.constructor[Symbol.species] is not a constructor
}
