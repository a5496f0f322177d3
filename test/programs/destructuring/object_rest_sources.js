// An object pattern's rest element collects the value's own enumerable
// properties not named before it: a string's characters, an array's indices,
// nothing inherited.
const { ...letters } = "hey";
console.log(JSON.stringify(letters)); // expect: {"0":"h","1":"e","2":"y"}
const { 0: first, ...others } = "abc";
console.log(first, JSON.stringify(others)); // expect: a {"1":"b","2":"c"}
const { length, ...indices } = [7, 8];
console.log(length, JSON.stringify(indices)); // expect: 2 {"0":7,"1":8}
const base = { inherited: true };
const child = Object.create(base);
child.own = 1;
const { ...copy } = child;
console.log(JSON.stringify(copy)); // expect: {"own":1}
const { ...fromNumber } = 42;
console.log(JSON.stringify(fromNumber)); // expect: {}
