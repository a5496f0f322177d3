// JSON.parse with a reviver visits leaves first.
const visited = [];
const result = JSON.parse('{"a": 1, "b": {"c": 2}, "d": [3]}', (k, v) => {
  visited.push(k === "" ? "<root>" : k);
  return typeof v === "number" ? v * 100 : v;
});
console.log(result, visited.join(",")); // expect: { a: 100, b: { c: 200 }, d: [ 300 ] } a,c,b,0,d,<root>
const dropped = JSON.parse('{"x": 1, "y": 2}', (k, v) => (k === "x" ? undefined : v));
console.log(dropped); // expect: { y: 2 }
