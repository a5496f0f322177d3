// && and || return one of their operands and short-circuit.
console.log(1 && 2, 0 && 2, "" && "x", "a" && "b" && "c"); // expect: 2 0  c
console.log(1 || 2, 0 || 2, "" || "x", null || undefined || 0); // expect: 1 2 x 0
console.log(null && x_is_never_evaluated, 1 || x_is_never_evaluated); // expect: null 1
let log = [];
const t = (v) => { log.push(v); return v; };
t(0) && t(1);
t(1) && t(2);
t(0) || t(3);
t(4) || t(5);
console.log(log.join(" ")); // expect: 0 1 2 0 3 4
console.log(!!(1 && 0), !(0 || ""), 1 && 2 || 3, 0 || 1 && 2); // expect: false true 2 2
console.log(true && "yes" || "no", false && "yes" || "no"); // expect: yes no
console.log(typeof (0 || undefined), [] && "arr", {} || 1); // expect: undefined arr {}
