// Set add/has/delete/size/clear and de-duplication.
const s = new Set([3, 1, 3, 2, 1]);
console.log(s, s.size); // expect: Set(3) { 3, 1, 2 } 3
console.log(s.add(4) === s, s.has(4), s.has("4")); // expect: true true false
s.add(1);
console.log([...s]); // expect: [ 3, 1, 2, 4 ]
console.log(s.delete(3), s.delete(3), [...s]); // expect: true false [ 1, 2, 4 ]
s.add(3);
console.log([...s]); // expect: [ 1, 2, 4, 3 ]
s.add(NaN).add(NaN).add(0).add(-0);
console.log(s.size, s.has(NaN), s.has(-0)); // expect: 6 true true
s.clear();
console.log(s.size, s); // expect: 0 Set(0) {}
console.log(new Set("mississippi"), new Set([[1], [1]]).size); // expect: Set(4) { 'm', 'i', 's', 'p' } 2
