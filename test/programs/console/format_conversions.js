// console.log's %s, %d, %i, %f and %j convert the program's own values as node does:
// String(x) through a toString of the program's making, Number(x) through valueOf, and JSON.stringify with toJSON.
class Bar { toString() { return "bar!"; } }
class Baz extends Bar {}
class Plain { constructor() { this.a = 1; } }
const own = { toString() { return "own"; } };
console.log("%s|%s|%s", new Bar(), new Baz(), own); // expect: bar!|bar!|own
console.log("%s|%s", Object.create(own), new Plain()); // expect: own|Plain { a: 1 }
console.log("%s|%s", { toString: 5 }, [1, [2, [3]]]); // expect: { toString: 5 }|[ 1, [Array] ]
function named() { return 1; }
console.log("%s|%s|%s", named, class K {}, (x) => x); // expect: function named() { return 1; }|class K {}|(x) => x
console.log("%d|%i|%f", { valueOf() { return 42.5; } }, { toString() { return "17.9" } }, { toString() { return "2.5e1x"; } });
// expect: 42.5|17|25
console.log("%d|%i|%f", [7], Object.create(null) === null, new Map()); // expect: 7|NaN|NaN
console.log("%j|%j", { toJSON() { return [1]; } }, { a: [1, "x", null], b: undefined }); // expect: [1]|{"a":[1,"x",null]}
const circ = { name: "c" };
circ.self = circ;
console.log("%j %j", circ, undefined, "rest"); // expect: [Circular] undefined rest
console.log("%s", { toString() { console.log("converted first"); return "then printed"; } });
// expect: converted first
// expect: then printed
try {
  console.log("%d", Object.create(null));
} catch (e) {
  console.log(e.name + ": " + e.message); // expect: TypeError: Cannot convert object to primitive value
}
