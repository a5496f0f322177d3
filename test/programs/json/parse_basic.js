// JSON.parse of every value kind.
console.log(JSON.parse("1"), JSON.parse("-1.5e2"), JSON.parse('"s"'), JSON.parse("true"), JSON.parse("null"));
// expect: 1 -150 s true null
console.log(JSON.parse("[1, 2, [3]]"), JSON.parse('{"a": {"b": [null]}}'));
// expect: [ 1, 2, [ 3 ] ] { a: { b: [ null ] } }
console.log(JSON.parse("  \n\t [ ] "), JSON.parse("{}")); // expect: [] {}
console.log(JSON.parse('"\\u0041\\n\\t\\"\\\\\\/"'));
// expect: A
// expect: 	"\/
console.log(JSON.parse('"\\ud83d\\ude00"'), JSON.parse('"é"')); // expect: 😀 é
const neg = JSON.parse("-0");
console.log(neg, Object.is(neg, -0)); // expect: -0 true
console.log(JSON.parse("1E3"), JSON.parse("0.5"), JSON.parse("123456789012345678901234567890"));
// expect: 1000 0.5 1.2345678901234568e+29
const dup = JSON.parse('{"a": 1, "a": 2, "b": 3}');
console.log(dup, Object.keys(dup)); // expect: { a: 2, b: 3 } [ 'a', 'b' ]
const ordered = JSON.parse('{"z": 1, "5": 2, "a": 3, "1": 4}');
console.log(Object.keys(ordered)); // expect: [ '1', '5', 'z', 'a' ]
