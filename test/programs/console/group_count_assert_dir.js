// console.group/groupCollapsed/groupEnd indent what is printed (every line of it), console.count counts per
// label, console.assert prints to stderr only when it fails, console.dir inspects one value with its options.
console.group("Group A", 1); // expect: Group A 1
console.log("inside", { a: 1 }); // expect:   inside { a: 1 }
console.log("multi\nline");
// expect:   multi
// expect:   line
console.group();
console.info("deeper", [1, 2]); // expect:     deeper [ 1, 2 ]
console.groupEnd();
console.groupCollapsed("collapsed"); // expect:   collapsed
console.log({ k: "v".repeat(70) });
// expect:     {
// expect:       k: 'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'
// expect:     }
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log("back"); // expect: back
console.count(); // expect: default: 1
console.count(); // expect: default: 2
console.count("x"); // expect: x: 1
console.count({ toString() { return "obj"; } }); // expect: obj: 1
console.countReset();
console.count("default"); // expect: default: 1
console.assert(true, "never printed");
console.assert(1 === 2, "failed %s", "formatted", 3);
console.assert(false);
console.dir({ a: { b: { c: { d: { e: 1 } } } } }); // expect: { a: { b: { c: [Object] } } }
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 }); // expect: { a: [Object] }
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
// expect: {
// expect:   a: {
// expect:     b: { c: { d: { e: 1 } } }
// expect:   }
// expect: }
console.dir([1, "s"], { showHidden: true }); // expect: [ 1, 's', [length]: 2 ]
console.dir("str", "ignored"); // expect: 'str'
