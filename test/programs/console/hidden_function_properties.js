// `%o` (and console.dir with showHidden) shows a function's hidden properties as node has them: its length and
// name, a script function's arguments, caller and prototype, a class's prototype methods and inherited statics.
const arrow = (a, b) => a;
console.log("%o", { arrow }); // expect: { arrow: [Function: arrow] { [length]: 2, [name]: 'arrow' } }
function decl(a, b, c) {}
console.log("%o", decl);
// expect: <ref *1> [Function: decl] {
// expect:   [length]: 3,
// expect:   [name]: 'decl',
// expect:   [arguments]: null,
// expect:   [caller]: null,
// expect:   [prototype]: { [constructor]: [Circular *1] }
// expect: }
class K {
  static s = 1;
  constructor(a) {}
  m() {}
}
class B extends K {}
console.log("%o", B);
// expect: <ref *1> [class B extends K] {
// expect:   [length]: 0,
// expect:   [name]: 'B',
// expect:   [prototype]: K { [constructor]: [Circular *1] },
// expect:   s: 1
// expect: }
console.dir(K, { showHidden: true, depth: 0 }); // expect: [class K] { [length]: 1, [name]: 'K', [prototype]: [Object], s: 1 }
console.dir(K, { showHidden: true });
// expect: <ref *1> [class K] {
// expect:   [length]: 1,
// expect:   [name]: 'K',
// expect:   [prototype]: {
// expect:     [constructor]: [Circular *1],
// expect:     [m]: [Function: m] { [length]: 0, [name]: 'm' }
// expect:   },
// expect:   s: 1
// expect: }
console.log("%o", [Math.max]); // expect: [ [Function: max] { [length]: 2, [name]: 'max' }, [length]: 1 ]
