// Counting with a Map and sorting the entries.
const text = "the quick brown fox jumps over the lazy dog the fox";
const freq = new Map();
for (const w of text.split(" ")) freq.set(w, (freq.get(w) || 0) + 1);
console.log(freq.size, freq.get("the"), freq.get("fox"), freq.get("cat")); // expect: 8 3 2 undefined
const sorted = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(sorted.slice(0, 3)); // expect: [ [ 'the', 3 ], [ 'fox', 2 ], [ 'brown', 1 ] ]
const byLength = new Map();
for (const w of freq.keys()) {
  if (!byLength.has(w.length)) byLength.set(w.length, new Set());
  byLength.get(w.length).add(w);
}
console.log(byLength);
// expect: Map(3) {
// expect:   3 => Set(3) { 'the', 'fox', 'dog' },
// expect:   5 => Set(3) { 'quick', 'brown', 'jumps' },
// expect:   4 => Set(2) { 'over', 'lazy' }
// expect: }
