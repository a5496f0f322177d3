// Numeric properties that compiled code reads and writes in linear memory (a
// mirror of the object's slots): every write must be visible to host code at
// the next point it can look, and property semantics must not change (a shape
// change mid-loop, a property of another type, aliases, -0 and NaN,
// exceptions, methods that write `this`, values read from a prototype).
class Body {
  constructor(x, v) {
    this.x = x;
    this.v = v;
  }
  step(dt) {
    this.x += this.v * dt;
    return this.x;
  }
}
function simulate(bodies, steps) {
  let checksum = 0;
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < bodies.length; i++) {
      const b = bodies[i];
      b.v = b.v * 0.5 + 1;
      checksum += b.step(0.25);
    }
  }
  return checksum;
}
const bodies = [new Body(0, 1), new Body(10, -2), new Body(-3.5, 0.5)];
let cs = 0;
for (let r = 0; r < 200; r++) cs += simulate(bodies, 10);
console.log(cs, bodies[0].x, bodies[1].v, JSON.stringify(bodies[2])); // expect: 3011251.625 999.75 2 {"x":996.125,"v":2}

// the host looks in the middle of the loop
function observe(o, n) {
  let seen = "";
  for (let i = 0; i < n; i++) {
    o.count = o.count + 1;
    if (i % 1000 === 999) seen += JSON.stringify(o) + ";";
  }
  return seen;
}
const counter = { count: 0, tag: "t" };
console.log(observe(counter, 2000), observe(counter, 2000)); // expect: {"count":1000,"tag":"t"};{"count":2000,"tag":"t"}; {"count":3000,"tag":"t"};{"count":4000,"tag":"t"};

// a property added in the middle of a loop; a property that stops being a number
function grow(objs) {
  let s = 0;
  for (let i = 0; i < objs.length; i++) {
    const o = objs[i];
    o.a = o.a + i;
    if (i === objs.length - 5) o.extra = i;
    s += o.a;
  }
  return s;
}
const objs = [];
for (let i = 0; i < 3000; i++) objs.push({ a: 1 });
console.log(grow(objs), grow(objs), objs[2995].extra, Object.keys(objs[2995]).join()); // expect: 4501500 9000000 2995 a,extra
function total(list) {
  let s = 0;
  for (let i = 0; i < list.length; i++) s = s + list[i].n * 2;
  return s;
}
const list = [];
for (let i = 0; i < 3000; i++) list.push({ n: i });
total(list);
list[1500].n = "7";
console.log(total(list), total(list.slice(0, 10))); // expect: 8994014 90

// aliases, -0, NaN
function alias(o, k) {
  const p = o;
  for (let i = 0; i < k; i++) {
    p.z = -o.z;
    o.w = p.w + 1;
  }
  return [o.z, p.w];
}
const al = { z: 0, w: 0 };
alias(al, 3001);
console.log(Object.is(al.z, -0), alias(al, 1)[1], Object.is(alias({ z: NaN, w: 0 }, 2000)[0], NaN)); // expect: true 3002 true

// writes made before an exception are visible to the handler; a prototype's number is read through it
class Acc {
  constructor() {
    this.sum = 0;
  }
}
Acc.prototype.scale = 3;
function addUntil(a, n, bad) {
  for (let i = 0; i < n; i++) a.sum = a.sum + a.scale;
  return bad.missing.x;
}
const acc = new Acc();
const got = [];
for (let r = 0; r < 3; r++) {
  try {
    addUntil(acc, 1000, {});
  } catch (err) {
    got.push(err instanceof TypeError, acc.sum);
  }
}
Acc.prototype.scale = 0.5;
try {
  addUntil(acc, 2, {});
} catch (err) {
  got.push(acc.sum);
}
console.log(got.join(" ")); // expect: true 3000 true 6000 true 9000 9001
