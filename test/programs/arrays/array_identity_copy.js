// Arrays are reference values.
const a = [1, 2, 3];
const b = a;
b.push(4);
console.log(a, a === b); // expect: [ 1, 2, 3, 4 ] true
const c = [...a];
c.push(5);
console.log(a.length, c.length); // expect: 4 5
function addItem(list, item) { list.push(item); return list; }
const d = addItem(a, "x");
console.log(d === a, a); // expect: true [ 1, 2, 3, 4, 'x' ]
console.log([] == [], [1] == [1], [1] === [1]); // expect: false false false
const holder = { items: a };
holder.items.length = 1;
console.log(a); // expect: [ 1 ]
