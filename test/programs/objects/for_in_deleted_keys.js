// for-in takes its keys when the loop starts, but skips a key deleted before the loop reaches it
// (one added meanwhile is not visited; one deleted and added again is).
const del = { a: 1, b: 2, c: 3, d: 4 };
const seen = [];
for (const k in del) {
  seen.push(k);
  if (k === "a") {
    delete del.c;
    del.e = 5;
  }
}
console.log(seen.join()); // expect: a,b,d
const again = { a: 1, b: 2, c: 3 };
const seen2 = [];
for (const k in again) {
  seen2.push(k);
  if (k === "a") {
    delete again.b;
    again.b = 9;
  }
}
console.log(seen2.join()); // expect: a,b,c
const proto = { x: 1, z: 0 };
const child = Object.create(proto);
child.x = 2;
child.y = 3;
const seen3 = [];
for (const k in child) {
  seen3.push(k);
  if (k === "x") {
    delete child.y;
    delete proto.z;
  }
}
console.log(seen3.join()); // expect: x
const arr = [1, 2, 3, 4];
const seen4 = [];
for (const i in arr) {
  seen4.push(i);
  if (i === "0") arr.length = 2;
}
console.log(seen4.join()); // expect: 0,1
function keysOf(o) {
  const ks = [];
  for (const k in o) {
    ks.push(k);
    delete o[k === "p" ? "q" : "none"];
  }
  return ks.join("");
}
let last = "";
for (let i = 0; i < 300; i++) last = keysOf({ p: 1, q: 2, r: 3 });
console.log(last); // expect: pr
