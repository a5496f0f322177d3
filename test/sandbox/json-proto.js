// JSON.parse of a __proto__ key makes an own property, not a prototype.
const parsed = JSON.parse('{"__proto__": {"polluted": 1}}');
const merged = Object.assign({}, parsed);
console.log(({}).polluted, merged.polluted); // expect: undefined undefined
