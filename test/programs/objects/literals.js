// Object literal features: computed keys, shorthand, methods, quoted keys.
const name = "dyn";
const x = 1, y = 2;
const o = {
  x,
  y,
  [name]: "computed",
  [`${name}_${x + y}`]: true,
  "quoted key": 3,
  42: "number key",
  method() { return this.x + this.y; },
  arrow: () => "arrow",
  nested: { deep: { deeper: "value" } },
};
console.log(o.x, o.y, o.dyn, o.dyn_3, o["quoted key"], o[42], o["42"]);
// expect: 1 2 computed true 3 number key number key
console.log(o.method(), o.arrow(), o.nested.deep.deeper); // expect: 3 arrow value
console.log(Object.keys(o));
// expect: [
// expect:   '42',     'x',
// expect:   'y',      'dyn',
// expect:   'dyn_3',  'quoted key',
// expect:   'method', 'arrow',
// expect:   'nested'
// expect: ]
const dup = { a: 1, b: 2, a: 3 };
console.log(dup, Object.keys(dup)); // expect: { a: 3, b: 2 } [ 'a', 'b' ]
const empty = {};
console.log(empty, Object.keys(empty).length, empty.missing); // expect: {} 0 undefined
const numericKeys = { 1.5: "a", 1e3: "b", 0x10: "c" };
console.log(Object.keys(numericKeys)); // expect: [ '16', '1000', '1.5' ]
