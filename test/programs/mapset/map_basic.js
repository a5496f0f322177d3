// Map get/set/has/delete/size/clear.
const m = new Map();
console.log(m.size, m.get("x"), m.has("x")); // expect: 0 undefined false
console.log(m.set("a", 1) === m); // expect: true
m.set("b", 2).set("c", 3);
console.log(m.size, m.get("b"), m.has("c")); // expect: 3 2 true
console.log(m.delete("b"), m.delete("b"), m.size, m.has("b")); // expect: true false 2 false
m.set("a", 100);
console.log(m.get("a"), m.size); // expect: 100 2
m.clear();
console.log(m.size, m.get("a"), m); // expect: 0 undefined Map(0) {}
const undefKey = new Map([[undefined, "u"], [null, "n"]]);
console.log(undefKey.get(undefined), undefKey.get(null), undefKey.get(), undefKey.has(undefined));
// expect: u n u true
