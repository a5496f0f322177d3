// Map and Set formatting.
console.log(new Map([["a", 1], ["b", 2]])); // expect: Map(2) { 'a' => 1, 'b' => 2 }
console.log(new Set([1, "two", [3]])); // expect: Set(3) { 1, 'two', [ 3 ] }
console.log(new Map(), new Set()); // expect: Map(0) {} Set(0) {}
console.log(new Map([[1, { x: 1 }], [{ k: "obj" }, [1, 2]]]));
// expect: Map(2) { 1 => { x: 1 }, { k: 'obj' } => [ 1, 2 ] }
console.log(new Map([["outer", new Map([["inner", new Set([1])]])]]));
// expect: Map(1) { 'outer' => Map(1) { 'inner' => Set(1) { 1 } } }
console.log([new Map([["k", "v"]]), new Set(["s"])]); // expect: [ Map(1) { 'k' => 'v' }, Set(1) { 's' } ]
console.log({ m: new Map([[NaN, -0]]) }); // expect: { m: Map(1) { NaN => -0 } }
const many = new Set();
for (let i = 0; i < 10; i++) many.add(i * 111);
console.log(many); // expect: Set(10) { 0, 111, 222, 333, 444, 555, 666, 777, 888, 999 }
