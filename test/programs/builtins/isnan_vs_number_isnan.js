// isNaN coerces its argument; Number.isNaN does not.
const inputs = [
  ["NaN value", NaN], ["'NaN' string", "NaN"], ["empty string", ""], ["'1'", "1"],
  ["'abc'", "abc"], ["undefined", undefined], ["null", null], ["{}", {}],
  ["[]", []], ["[7]", [7]], ["true", true], ["0/0", 0 / 0],
];
for (const [label, v] of inputs) {
  console.log(label, isNaN(v), Number.isNaN(v));
  // expect: NaN value true true
  // expect: 'NaN' string true false
  // expect: empty string false false
  // expect: '1' false false
  // expect: 'abc' true false
  // expect: undefined true false
  // expect: null false false
  // expect: {} true false
  // expect: [] false false
  // expect: [7] false false
  // expect: true false false
  // expect: 0/0 true true
}
