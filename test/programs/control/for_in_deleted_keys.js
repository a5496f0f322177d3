// for-in takes its keys when it starts, but skips a key deleted before its turn
// (own, array element or inherited); keys added during the loop are not visited.
function visit(obj, during) {
  const seen = [];
  for (const k in obj) {
    seen.push(k);
    during(obj, k);
  }
  return seen.join(",");
}
console.log(visit({ a: 1, b: 2, c: 3 }, (o, k) => { if (k === "a") delete o.c; })); // expect: a,b
console.log(visit({ a: 1, b: 2 }, (o, k) => { o["new" + k] = 1; })); // expect: a,b
console.log(visit([1, 2, 3, 4], (a, k) => { if (k === "0") a.length = 2; })); // expect: 0,1
const base = { inherited: 1, other: 2 };
const child = Object.create(base);
child.own = 1;
console.log(visit(child, (o, k) => { if (k === "own") delete base.other; })); // expect: own,inherited
const shadow = Object.create({ x: 1 });
shadow.x = 2;
console.log(visit(shadow, (o, k) => { delete o.x; })); // expect: x
console.log(visit("hey", () => {}), visit(null, () => {}) === ""); // expect: 0,1,2 true
let total = 0;
for (let i = 0; i < 500; i++) {
  const o = { p: 1, q: 2, r: 3 };
  for (const k in o) {
    total += o[k];
    delete o.r;
  }
}
console.log(total); // expect: 1500
