// References read from object mirrors (mirrors.ts, "References"): a property
// holding an array, an object, null or a string is read by compiled code
// through the table of references, and the array or object it names through
// its own mirror. Each must be the value the property holds now: after writes
// from compiled code and from the VM, through aliases, shape changes, and
// lists longer than the table (16384 entries) walked in one activation.
class Board {
  constructor(n) {
    this.n = n;
    this.free = new Array(n).fill(true);
    this.weights = [];
    for (let i = 0; i < n; i++) this.weights.push(i + 1);
    this.label = "board";
  }
  score() {
    let s = 0;
    for (let c = 0; c < this.n; c++) {
      if (this.free[c]) s += this.weights[c] * 2;
      else s -= this.weights[c];
    }
    return s;
  }
  flip(c) {
    this.free[c] = !this.free[c];
    if (c % 3 === 0) this.weights = this.weights.slice(); // a new array: the old mirror must not be used
    this.weights[c] = this.weights[c] + 1;
  }
}
class Node {
  constructor(size, next) {
    this.size = size;
    this.next = next;
  }
}
function walk(head) {
  let sum = 0;
  let pos = 1;
  let d = head;
  while (d !== null) {
    sum += d.size * pos;
    pos++;
    d = d.next;
  }
  return sum;
}
function build(n) {
  let head = null;
  for (let i = n; i >= 1; i--) head = new Node(i % 7, head);
  return head;
}
const b = new Board(12);
let total = 0;
for (let r = 0; r < 600; r++) {
  total += b.score();
  b.flip(r % 12);
  if (r === 300) b.free = new Array(12).fill(false);
  if (r === 450) b.extra = r; // a shape change
}
console.log(total, b.weights.join(), b.free.join()); // expect: 111549 51,52,53,54,55,56,57,58,59,60,61,62 false,true,true,true,true,true,true,true,true,true,true,true
let head = build(50);
let w = 0;
for (let r = 0; r < 400; r++) {
  w += walk(head);
  if (r === 100) head.next.next = new Node(100, head.next.next); // insert
  if (r === 200) head.next = head.next.next.next; // unlink two
  if (r === 300) head.next.size = 1000; // through an alias of the same node
}
console.log(w); // expect: 1721855
const long = build(20000);
let lw = 0;
for (let r = 0; r < 5; r++) lw += walk(long);
console.log(lw); // expect: 3000049995
class Grower {
  constructor() {
    this.items = [1, 2, 3];
  }
  run(k) {
    let s = 0;
    for (let i = 0; i < k; i++) {
      s += this.items[i % this.items.length] * 2;
      this.items[i % 3] += 1;
      // an append from compiled code writes this one mirror back mid-loop: the next read
      // through this.items must not use its old address
      if (i % 50 === 49) this.items[this.items.length] = i;
    }
    return s;
  }
}
const g = new Grower();
let gs = 0;
for (let r = 0; r < 10; r++) gs += g.run(3000);
console.log(gs, g.items.length, g.items[g.items.length - 1], g.items[0]); // expect: 85144536 603 2999 10001
