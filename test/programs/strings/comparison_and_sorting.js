// Strings compare by UTF-16 code units.
console.log("a" < "b", "a" < "B", "Z" < "a", "10" < "2", "" < " "); // expect: true false true true true
console.log("abc" === "ab" + "c", "abc" == ["abc"]); // expect: true true
const words = ["banana", "Apple", "cherry", "apple", "Banana", "10", "9", ""];
console.log(words.slice().sort());
// expect: [
// expect:   '',       '10',
// expect:   '9',      'Apple',
// expect:   'Banana', 'apple',
// expect:   'banana', 'cherry'
// expect: ]
console.log(words.slice().sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
// expect: [
// expect:   '',       '10',
// expect:   '9',      'Apple',
// expect:   'apple',  'banana',
// expect:   'Banana', 'cherry'
// expect: ]
console.log("b".charCodeAt(0) - "a".charCodeAt(0), "é" > "z"); // expect: 1 true
