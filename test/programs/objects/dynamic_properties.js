// Adding, updating and deleting properties dynamically.
const store = {};
const ops = [["set", "a", 1], ["set", "b", 2], ["del", "a"], ["set", "c", 3], ["set", "a", 4], ["inc", "b"]];
for (const [op, key, val] of ops) {
  if (op === "set") store[key] = val;
  else if (op === "del") delete store[key];
  else if (op === "inc") store[key]++;
}
console.log(store, Object.keys(store)); // expect: { b: 3, c: 3, a: 4 } [ 'b', 'c', 'a' ]
const grouped = {};
for (const word of ["apple", "avocado", "banana", "blueberry", "cherry"]) {
  const k = word[0];
  (grouped[k] ||= []).push(word);
}
console.log(grouped);
// expect: {
// expect:   a: [ 'apple', 'avocado' ],
// expect:   b: [ 'banana', 'blueberry' ],
// expect:   c: [ 'cherry' ]
// expect: }
const o = { x: 1 };
for (const k in o) delete o[k];
console.log(o); // expect: {}
