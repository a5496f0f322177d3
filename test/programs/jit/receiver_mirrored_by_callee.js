// A loop's receiver asked for its slot mirror before anything mirrored it; a
// callee's requests mirror it right after, and the loop goes on reading and
// writing it (richards' scheduler loop): compiled code takes the mirror's
// address from the host's property accessor (RECEIVER_MIRROR_CELL) and from
// then on reads and writes the slots in memory. Then a slot changes type
// (a string, then a double) under the compiled loop.
class Task {
  constructor(id, next) {
    this.id = id;
    this.next = next;
    this.runs = 0;
  }

  work(s) {
    this.runs++;
    s.total += this.id;
    s.seen = s.seen + 1;
    return this.next;
  }
}

class Scheduler {
  constructor(list) {
    this.list = list;
    this.current = null;
    this.currentId = 0;
    this.total = 0;
    this.seen = 0;
    this.last = -1;
  }

  schedule(rounds) {
    for (let r = 0; r < rounds; r++) {
      this.current = this.list;
      while (this.current !== null) {
        this.currentId = this.current.id;
        this.last = this.currentId * 2;
        this.current = this.current.work(this);
      }
    }
    return this.total + this.seen + this.last;
  }
}

function makeList(n) {
  let list = null;
  for (let i = n; i >= 1; i--) list = new Task(i, list);
  return list;
}

const s = new Scheduler(makeList(10));
let out = 0;
for (let k = 0; k < 40; k++) out += s.schedule(50);
console.log(out, s.total, s.seen, s.last, s.currentId, s.current);

// the same with the receiver's property changing type half-way (a number, then a string)
const t = new Scheduler(makeList(5));
for (let k = 0; k < 30; k++) t.schedule(20);
t.total = "x";
console.log(t.schedule(3), t.seen, t.last);
t.total = 0.5;
console.log(t.schedule(2), t.seen, t.currentId);
// expect: 2665800 110000 20000 20 10 null
// expect: x123451234512345301510 3015 10
// expect: 3065.5 3025 5
