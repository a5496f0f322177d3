// A polymorphic method call on receivers with slot mirrors (richards' task
// loop): the method each receiver shape found is remembered in memory for the
// method epoch, and the host is asked only for shapes not seen yet. Receivers
// of four classes (one a subclass), a second shape of one class, a method
// replaced on a prototype, and an own property of the method's name. (The
// counts are checked by hand: rounds times each class's increment; the first
// number of each line is Node's. Choosing a wrong method changes both.)
class Idle { constructor(id) { this.id = id; this.count = 0; } step() { this.count++; return this.count & 7; } }
class Work { constructor(id) { this.id = id; this.count = 0; } step() { this.count += 2; return this.id * 2; } }
class Device { constructor(id) { this.id = id; this.count = 0; this.extra = 5; } step() { this.count += 3; return this.extra - this.id; } }
class Handler extends Work { step() { this.count += 4; return this.id ^ 3; } }

class Block {
  constructor(task, link) {
    this.task = task;
    this.link = link;
  }
}

class Scheduler {
  constructor(list) {
    this.list = list;
    this.current = null;
    this.x = 1;
  }

  schedule(rounds) {
    for (let r = 0; r < rounds; r++) {
      this.current = this.list;
      while (this.current !== null) {
        const v = this.current.task.step();
        this.x = (this.x * 3 + v) & 65535;
        this.current = this.current.link;
      }
    }
    return this.x;
  }
}

function counts(blocks) {
  const out = [];
  for (let b = blocks; b !== null; b = b.link) out.push(b.task.count);
  return out.join(",");
}

const tasks = [new Idle(1), new Work(2), new Device(3), new Handler(4), new Work(5), new Idle(6)];
let list = null;
for (let i = tasks.length - 1; i >= 0; i--) list = new Block(tasks[i], list);
const s = new Scheduler(list);
console.log(s.schedule(3000), counts(list));

// a second shape of one class (a property added to one receiver)
tasks[4].more = true;
console.log(s.schedule(50), counts(list));

// a method replaced on a prototype: the remembered methods were for the old method epoch
Work.prototype.step = function () { this.count += 10; return 100; };
console.log(s.schedule(20), counts(list));

// an own property of the method's name on one receiver (a new shape, the method found on the object)
tasks[0].step = function () { return 1000; };
console.log(s.schedule(5), counts(list));
// expect: 16825 3000,6000,9000,12000,6000,3000
// expect: 62763 3050,6100,9150,12200,6100,3050
// expect: 8967 3070,6300,9210,12280,6300,3070
// expect: 54653 3070,6350,9225,12300,6350,3075
