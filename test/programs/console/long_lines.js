// Objects and arrays longer than 72 characters break across lines.
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddddddddd" });
// expect: {
// expect:   alpha: 'aaaaaaaaaa',
// expect:   beta: 'bbbbbbbbbb',
// expect:   gamma: 'cccccccccc',
// expect:   delta: 'dddddddddd'
// expect: }
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "ddd" });
// expect: {
// expect:   alpha: 'aaaaaaaaaa',
// expect:   beta: 'bbbbbbbbbb',
// expect:   gamma: 'cccccccccc',
// expect:   delta: 'ddd'
// expect: }
console.log(["a long string number one", "a long string number two", "three"]);
// expect: [ 'a long string number one', 'a long string number two', 'three' ]
console.log(["a long string number one", "a long string number two", "a long string number three"]);
// expect: [
// expect:   'a long string number one',
// expect:   'a long string number two',
// expect:   'a long string number three'
// expect: ]
console.log({ list: [1, 2, 3], nested: { key: "value", other: "another value" }, flag: true });
// expect: {
// expect:   list: [ 1, 2, 3 ],
// expect:   nested: { key: 'value', other: 'another value' },
// expect:   flag: true
// expect: }
console.log({ list: [1, 2, 3], nested: { key: "value", other: "another value that is long" }, flag: true });
// expect: {
// expect:   list: [ 1, 2, 3 ],
// expect:   nested: { key: 'value', other: 'another value that is long' },
// expect:   flag: true
// expect: }
