// Instance fields are initialized before the constructor body runs.
let order = [];
class Widget {
  id = Widget.nextId++;
  label = "widget " + this.id;
  items = [];
  flag;
  computed = (order.push("field init"), 1);
  static nextId = 1;
  constructor(extra) {
    order.push("constructor");
    this.extra = extra;
  }
}
const a = new Widget("a");
const b = new Widget("b");
b.items.push(1);
console.log(a, b);
// expect: Widget {
// expect:   id: 1,
// expect:   label: 'widget 1',
// expect:   items: [],
// expect:   flag: undefined,
// expect:   computed: 1,
// expect:   extra: 'a'
// expect: } Widget {
// expect:   id: 2,
// expect:   label: 'widget 2',
// expect:   items: [ 1 ],
// expect:   flag: undefined,
// expect:   computed: 1,
// expect:   extra: 'b'
// expect: }
console.log(order.join(", ")); // expect: field init, constructor, field init, constructor
console.log(a.items === b.items, "flag" in a, Widget.nextId); // expect: false true 3
class Counter {
  count = 0;
  inc = () => ++this.count;
}
const c = new Counter();
const inc = c.inc;
inc(); inc();
console.log(c.count, Object.keys(c)); // expect: 2 [ 'count', 'inc' ]
