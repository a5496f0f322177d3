// Destructuring in function parameters.
function area({ w = 1, h = 1 } = {}) { return w * h; }
console.log(area({ w: 3, h: 4 }), area({ w: 5 }), area({}), area()); // expect: 12 5 1 1
function head([first, ...tail]) { return [first, tail]; }
console.log(head([1, 2, 3]), head("xyz")); // expect: [ 1, [ 2, 3 ] ] [ 'x', [ 'y', 'z' ] ]
const dist = ({ x: x1, y: y1 }, { x: x2, y: y2 }) => Math.hypot(x2 - x1, y2 - y1);
console.log(dist({ x: 0, y: 0 }, { x: 3, y: 4 })); // expect: 5
function options({ verbose = false, level = 1, tags: [main = "none", ...more] = [] } = {}) {
  return `${verbose}/${level}/${main}/${more.length}`;
}
console.log(options(), options({ verbose: true, tags: ["a", "b", "c"] }), options({ level: 0, tags: [] }));
// expect: false/1/none/0 true/1/a/2 false/0/none/0
const pairs = [[1, "one"], [2, "two"]];
console.log(pairs.map(([n, word]) => `${word}=${n}`)); // expect: [ 'one=1', 'two=2' ]
const people = [{ name: "a", age: 1 }, { name: "b", age: 2 }];
console.log(people.map(({ name }) => name), people.filter(({ age }) => age > 1));
// expect: [ 'a', 'b' ] [ { name: 'b', age: 2 } ]
function f({ a }, [b], ...[c, d]) { return [a, b, c, d]; }
console.log(f({ a: 1 }, [2], 3, 4, 5)); // expect: [ 1, 2, 3, 4 ]
