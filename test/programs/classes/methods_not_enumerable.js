// Class methods are not enumerable; fields are.
class Item {
  qty = 1;
  constructor(name) { this.name = name; }
  total() { return this.qty * 2; }
  static make() { return new Item("made"); }
}
const it = Item.make();
const keys = [];
for (const k in it) keys.push(k);
console.log(keys, Object.keys(it), JSON.stringify(it));
// expect: [ 'qty', 'name' ] [ 'qty', 'name' ] {"qty":1,"name":"made"}
console.log(Object.keys(Item), Object.keys(Item.prototype)); // expect: [] []
it.total = () => "own property now";
console.log(it.total(), Object.keys(it)); // expect: own property now [ 'qty', 'name', 'total' ]
delete it.total;
console.log(it.total()); // expect: 2
