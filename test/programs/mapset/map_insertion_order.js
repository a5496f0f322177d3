// Maps iterate in insertion order; overwriting keeps position; re-adding moves to the end.
const m = new Map([["z", 1], ["a", 2], [10, 3], [2, 4]]);
console.log([...m.keys()]); // expect: [ 'z', 'a', 10, 2 ]
m.set("z", 100);
console.log([...m.keys()], m.get("z")); // expect: [ 'z', 'a', 10, 2 ] 100
m.delete("z");
m.set("z", 200);
console.log([...m.keys()]); // expect: [ 'a', 10, 2, 'z' ]
console.log([...m.entries()]); // expect: [ [ 'a', 2 ], [ 10, 3 ], [ 2, 4 ], [ 'z', 200 ] ]
const order = [];
m.forEach((value, key, map) => order.push(`${key}=${value}/${map === m}`));
console.log(order.join(" ")); // expect: a=2/true 10=3/true 2=4/true z=200/true
