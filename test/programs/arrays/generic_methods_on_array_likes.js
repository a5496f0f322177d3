// Array.prototype's methods are generic: called on an array-like object or a string they read
// its length and indices (holes where it has none); the changing ones write elements and length
// back to the object. A null or undefined receiver is a TypeError worded per method, as in V8.
const { slice, map, join, indexOf, filter, reduce, push, pop, shift, unshift, splice, reverse, sort, fill, concat, includes, at } = Array.prototype;
console.log(slice.call("abc"), slice.call("abcdef", 1, -2)); // expect: [ 'a', 'b', 'c' ] [ 'b', 'c', 'd' ]
console.log(map.call("abc", (c) => c + c), join.call({ length: 3, 0: "x", 2: "z" }, "-")); // expect: [ 'aa', 'bb', 'cc' ] x--z
console.log(indexOf.call("hello", "l"), includes.call({ length: 2, 1: NaN }, NaN), at.call("xyz", -1)); // expect: 2 true z
console.log(filter.call({ length: 3, 0: 1, 1: 2, 2: 3, 3: 4 }, (x) => x > 1), reduce.call("abc", (a, c) => c + a, "")); // expect: [ 2, 3 ] cba
const holder = { length: 3, 0: "a", 2: "c", extra: true };
console.log(map.call(holder, (v, i, o) => [v, i, o === holder])); // expect: [ [ 'a', 0, true ], <1 empty item>, [ 'c', 2, true ] ]
console.log(slice.call({ length: "2", 0: 1, 1: 2, 2: 3 }), slice.call({}), slice.call(5)); // expect: [ 1, 2 ] [] []
const stack = { length: 0 };
console.log(push.call(stack, "p", "q"), stack); // expect: 2 { '0': 'p', '1': 'q', length: 2 }
console.log(pop.call(stack), stack); // expect: q { '0': 'p', length: 1 }
console.log(unshift.call(stack, "u"), shift.call(stack), stack); // expect: 2 u { '0': 'p', length: 1 }
const letters = { length: 4, 0: "d", 1: "b", 3: "a", name: "letters" };
console.log(sort.call(letters) === letters, letters); // expect: true { '0': 'a', '1': 'b', '2': 'd', length: 4, name: 'letters' }
console.log(reverse.call({ length: 3, 0: 1, 1: 2 })); // expect: { '1': 2, '2': 1, length: 3 }
console.log(splice.call({ length: 3, 0: "x", 1: "y", 2: "z" }, 1, 1, "new", "er")); // expect: [ 'y' ]
const spliced = { length: 3, 0: "x", 1: "y", 2: "z" };
splice.call(spliced, 0, 2);
console.log(spliced, fill.call({ length: 2 }, 0)); // expect: { '0': 'z', length: 1 } { '0': 0, '1': 0, length: 2 }
console.log(concat.call({ length: 1, 0: "a" }, [1], 2)); // expect: [ { '0': 'a', length: 1 }, 1, 2 ]
function collect(...args) { return Array.prototype.slice.call(args, 1); }
console.log(collect(1, 2, 3)); // expect: [ 2, 3 ]
for (const [method, name] of [[map, "map"], [slice, "slice"], [concat, "concat"], [push, "push"], [indexOf, "indexOf"], [join, "join"]]) {
  try { method.call(null, (x) => x); } catch (e) { console.log(e.name, name, e.message); }
}
// expect: TypeError map Array.prototype.map called on null or undefined
// expect: TypeError slice Cannot convert undefined or null to object
// expect: TypeError concat Array.prototype.concat called on null or undefined
// expect: TypeError push Cannot convert undefined or null to object
// expect: TypeError indexOf Array.prototype.indexOf called on null or undefined
// expect: TypeError join Cannot convert undefined or null to object
