// Key order in JSON output follows property order.
console.log(JSON.stringify({ b: 1, a: 2, 10: "ten", 2: "two" }));
// expect: {"2":"two","10":"ten","b":1,"a":2}
const o = { first: 1 };
o.second = 2;
delete o.first;
o.first = 3;
console.log(JSON.stringify(o)); // expect: {"second":2,"first":3}
console.log(JSON.stringify({ ...{ z: 1, y: 2 }, x: 3, z: 4 })); // expect: {"z":4,"y":2,"x":3}
