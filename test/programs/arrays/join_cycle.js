// join/String on an array that contains itself prints the cycle as an empty string.
const a = [1, 2];
a.push(a);
console.log(a.join(), String(a), `${a}`); // expect: 1,2, 1,2, 1,2,
const b = ["x"];
const c = ["y", b];
b.push(c);
console.log(b.join("-"), c.join("+")); // expect: x-y, y+x,
console.log([[1, [2, [3]]]].join(";"), [[], [[]], [[], []]].join("|")); // expect: 1,2,3 ||,
