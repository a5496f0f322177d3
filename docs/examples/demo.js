// A tour of the language in one program: run it on each tier and compare.
//   npx speedlab run --tier ast docs/examples/demo.js
//   node docs/examples/demo.js            (the reference: same output)

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

class Shape {
  constructor(name) {
    this.name = name;
  }
  describe() {
    return `${this.name} with area ${this.area().toFixed(2)}`;
  }
}

class Circle extends Shape {
  constructor(r) {
    super("circle");
    this.r = r;
  }
  area() {
    return Math.PI * this.r ** 2;
  }
}

class Square extends Shape {
  side = 2;
  constructor() {
    super("square");
  }
  area() {
    return this.side * this.side;
  }
}

const counters = [];
for (let i = 0; i < 3; i++) counters.push(() => i * 10);

const words = "the quick brown fox jumps over the lazy dog".split(" ");
const lengths = new Map();
for (const w of words) lengths.set(w.length, [...(lengths.get(w.length) ?? []), w]);

console.log("fib(20) =", fib(20));
for (const s of [new Circle(1.5), new Square()]) console.log(s.describe());
console.log(counters.map((f) => f()));
console.log(lengths);
console.log(JSON.stringify({ sorted: [...words].sort(), unique: new Set(words).size }));
try {
  null.property;
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log(0.1 + 0.2, 2 ** 31 | 0, -7 % 3, [1, , 3], { nested: { deeper: { deepest: {} } } });
