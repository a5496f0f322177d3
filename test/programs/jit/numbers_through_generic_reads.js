// Property values read as generic values (no use says they are numbers) that
// compiled code finds in a slot mirror: a number stays unboxed (pending) until
// something needs the value itself, and a property write stores it into the
// other object's slot mirror as it is (richards' `this.currentId =
// this.currentTcb.id`). Numbers of every kind (-0, NaN, doubles), references
// through the same registers, and slots that change type under compiled code.
class Task {
  constructor(id, next) {
    this.id = id;
    this.next = next;
    this.tag = null;
  }
}

class Scheduler {
  constructor() {
    this.currentId = 0;
    this.copy = null;
    this.kept = 0;
  }

  // numbers and references through the same registers; the last id and tag seen are kept
  copyIds(list, rounds) {
    let count = 0;
    for (let r = 0; r < rounds; r++) {
      let t = list;
      while (t !== null) {
        this.currentId = t.id;
        this.copy = t.tag;
        if (t.tag !== null) this.kept = t.tag;
        count++;
        t = t.next;
      }
    }
    return count;
  }

  sumIds(list) {
    let sum = 0;
    for (let t = list; t !== null; t = t.next) sum += t.id;
    return sum;
  }

  // a value read, then used as an int32, a double, returned
  firstId(t) {
    const v = t.id;
    return v;
  }
}

function makeList(values) {
  let list = null;
  for (let i = values.length - 1; i >= 0; i--) list = new Task(values[i], list);
  return list;
}

const s = new Scheduler();
const ints = makeList([1, 2, 3, 4, 5, 6, 7, 8]);
ints.next.next.tag = ints;
// (a hot loop: compiled on its way, it calls copyIds compiled, their objects mirrored)
function drive(s, list, rounds, times) {
  let c = 0;
  for (let k = 0; k < times; k++) c += s.copyIds(list, rounds) + s.sumIds(list);
  return c;
}
const total = drive(s, ints, 4, 2500);
console.log(total, s.currentId, s.copy, s.kept === ints);

// doubles, -0, NaN, and a slot that holds a string or an object at times
const mixed = makeList([0.5, -0, NaN, 2 ** 31, -1e300, 7]);
let t = mixed;
let n = 0;
while (t !== null) {
  if (n % 2 === 0) t.tag = n === 2 ? "str" : { n };
  t = t.next;
  n++;
}
let r = 0;
r = drive(s, mixed, 4, 2500);
console.log(r, s.currentId, Object.is(s.currentId, -0), typeof s.copy, JSON.stringify(s.kept));

// the id slot changes type under compiled code: a string, null, an object, back to a number
const list2 = makeList([10, 20, 30]);
drive(s, list2, 4, 2500);
list2.next.id = "twenty";
console.log(drive(s, list2, 1, 1), s.sumIds(list2), s.currentId);
list2.next.id = null;
console.log(drive(s, list2, 1, 1), s.sumIds(list2), s.currentId);
list2.next.id = { v: 1 };
console.log(drive(s, list2, 1, 1), s.sumIds(list2), s.currentId);
list2.next.id = 20;
console.log(drive(s, list2, 2, 1), s.sumIds(list2), s.currentId);

// a pending value returned and used as an int32 and as a double by the caller
let acc = 0;
let accD = 0;
const a = new Task(3, null);
const b = new Task(2.5, null);
for (let k = 0; k < 3000; k++) {
  acc = (acc + s.firstId(a)) | 0;
  accD += s.firstId(b) * 2;
}
console.log(acc, accD, s.firstId(new Task(-0, null)), 1 / s.firstId(new Task(-0, null)));

// used in arithmetic inside the compiled loop: int32 first, then a double arrives
class Acc {
  constructor() {
    this.v = 1;
  }
}
function addAll(objs, n) {
  let x = 0;
  for (let i = 0; i < n; i++) {
    const o = objs[i % objs.length];
    const v = o.v;
    x = x + v * 2;
  }
  return x;
}
const objs = [new Acc(), new Acc(), new Acc()];
let y = 0;
for (let k = 0; k < 200; k++) y += addAll(objs, 30);
objs[1].v = 0.25;
y += addAll(objs, 30);
objs[2].v = "s";
console.log(y, addAll(objs, 4));
// expect: 170000 8 null true
// expect: NaN 7 false object {"n":4}
// expect: 0310twenty30 10twenty30 30
// expect: 43 40 30
// expect: 0310[object Object]30 10[object Object]30 30
// expect: 66 60 30
// expect: 9000 15000 -0 -Infinity
// expect: 12045 NaN
