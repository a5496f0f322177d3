// Rest in arrays and objects copies.
const src = [1, 2, 3, 4];
const [a, ...rest] = src;
rest.push(99);
console.log(src, rest); // expect: [ 1, 2, 3, 4 ] [ 2, 3, 4, 99 ]
const obj = { x: 1, y: 2, z: 3 };
const { x, ...others } = obj;
others.y = 200;
console.log(obj, others); // expect: { x: 1, y: 2, z: 3 } { y: 200, z: 3 }
const { ...clone } = obj;
console.log(clone, clone === obj); // expect: { x: 1, y: 2, z: 3 } false
const [...chars] = "hé";
console.log(chars); // expect: [ 'h', 'é' ]
const { a: _a, ...fromArray } = ["p", "q"];
console.log(fromArray); // expect: { '0': 'p', '1': 'q' }
const [, ...skipFirst] = [1];
console.log(skipFirst); // expect: []
