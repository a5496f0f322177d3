// Destructuring: array patterns with defaults and rest, object patterns with rest.
const [a, b = 2, ...rest] = [1, undefined, 3, 4];
const { x, ...others } = { x: a, y: b, z: rest.length };
console.log(x, others);
