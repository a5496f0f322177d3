// JSON.stringify of a circular structure: the message says where the circle
// starts, how it goes on (two steps, "...", the last when it is longer than
// three) and which property closes it, as V8 does.
class Link {
  constructor() {
    this.next = null;
  }
}
const cases = [];
const self = {};
self.o = self;
cases.push(self);
const arr = [1, {}];
arr[1].back = arr;
cases.push(arr);
const a = new Link();
a.next = new Link();
a.next.next = a;
cases.push({ head: a });
const root = { v: 0 };
let cur = root;
for (let i = 1; i < 6; i++) {
  cur.next = { v: i };
  cur = cur.next;
}
cur.back = root;
cases.push({ wrap: [root] });
for (const c of cases) {
  try {
    JSON.stringify(c);
  } catch (e) {
    console.log(e.message);
  }
}
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     --- property 'o' closes the circle
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Array'
// expect:     |     index 1 -> object with constructor 'Object'
// expect:     --- property 'back' closes the circle
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Link'
// expect:     |     property 'next' -> object with constructor 'Link'
// expect:     --- property 'next' closes the circle
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     |     property 'next' -> object with constructor 'Object'
// expect:     |     property 'next' -> object with constructor 'Object'
// expect:     |     ...
// expect:     |     property 'next' -> object with constructor 'Object'
// expect:     --- property 'back' closes the circle
