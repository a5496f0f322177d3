// Object destructuring: renaming, defaults, nesting, rest.
const user = { name: "ann", age: 30, address: { city: "oslo", zip: "0150" }, tags: ["a", "b"] };
const { name, age } = user;
console.log(name, age); // expect: ann 30
const { name: userName, missing = "default", age: years = 0 } = user;
console.log(userName, missing, years); // expect: ann default 30
const { address: { city }, tags: [firstTag] } = user;
console.log(city, firstTag); // expect: oslo a
const { name: _n, ...others } = user;
console.log(others); // expect: { age: 30, address: { city: 'oslo', zip: '0150' }, tags: [ 'a', 'b' ] }
const { nil = "d1", undef = "d2", zero = "d3" } = { nil: null, undef: undefined, zero: 0 };
console.log(nil, undef, zero); // expect: null d2 0
const key = "age";
const { [key]: dynamic } = user;
console.log(dynamic); // expect: 30
const { length } = "hello";
console.log(length); // expect: 5
const { 0: firstElem, length: len } = ["x", "y"];
console.log(firstElem, len); // expect: x 2
