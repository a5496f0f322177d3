// Logical operators used for control flow.
const log = [];
const step = (name, v) => { log.push(name); return v; };
if (step("a", true) && step("b", false) && step("c", true)) log.push("then");
else log.push("else");
console.log(log.join("")); // expect: abelse
log.length = 0;
const r = step("x", null) ?? step("y", 0) ?? step("z", 1);
console.log(log.join(""), r); // expect: xy 0
const user = { name: "ann" };
user.name && log.push("has name");
user.age || log.push("no age");
console.log(log.slice(2)); // expect: [ 'has name', 'no age' ]
