// Operands, arguments and assignment targets are evaluated left to right, once.
const log = [];
const t = (name, v) => { log.push(name); return v; };
t("a", 1) + t("b", 2) * t("c", 3);
console.log(log.join("")); // expect: abc
log.length = 0;
function f(...args) { return args; }
f(t("x", 1), t("y", 2), t("z", 3));
console.log(log.join("")); // expect: xyz
log.length = 0;
const obj = { n: 0 };
t("obj", obj)[t("key", "n")] = t("value", 5);
console.log(log.join(" "), obj.n); // expect: obj key value 5
log.length = 0;
const counter = { v: 10 };
let calls = 0;
const get = () => { calls++; return counter; };
get().v += 5;
get().v++;
console.log(counter.v, calls); // expect: 16 2
const arr = [0, 0, 0];
let i = 0;
arr[i++] = i;
arr[i++] = i * 10;
console.log(arr, i); // expect: [ 1, 20, 0 ] 2
let x = 1;
x += (x = 5);
console.log(x); // expect: 6
let y = 2;
y = y * (y = 3) + y;
console.log(y); // expect: 9
const keyCalls = [];
const o2 = { [t("k1", "a")]: t("v1", 1), [t("k2", "b")]: t("v2", 2) };
console.log(log.join(" "), o2); // expect: k1 v1 k2 v2 { a: 1, b: 2 }
