// console.log of a class whose parent is not a class (a builtin such as Array or Map, or a
// function) shows `extends` and the parent's name, as for a class parent.
class List extends Array {}
console.log(List, [List]); // expect: [class List extends Array] [ [class List extends Array] ]
function Base() {}
class Derived extends Base {}
class Further extends Derived {}
console.log(Derived, { Further }); // expect: [class Derived extends Base] { Further: [class Further extends Derived] }
console.log(class extends Map {}); // expect: [class (anonymous) extends Map]
const Custom = class extends Error {};
console.log(Custom, String(new Custom("m"))); // expect: [class Custom extends Error] Error: m
console.log(class extends null {}); // expect: [class (anonymous)]
