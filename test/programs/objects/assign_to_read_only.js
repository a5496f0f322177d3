// Object.assign stores as strict code does: a read-only target property (a function's name or
// length, Math.PI, a constructor's prototype) is a TypeError, and the properties before it
// were copied.
function named() {}
const attempts = [
  () => Object.assign(Math, { PI: 1 }),
  () => Object.assign(named, { before: 1, name: "x", after: 2 }),
  () => Object.assign(named, { length: 5 }),
  () => Object.assign(Array, { prototype: 1 }),
];
for (const attempt of attempts) {
  try { attempt(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); }
}
// expect: TypeError: Cannot assign to read only property 'PI' of object '#<Object>'
// expect: TypeError: Cannot assign to read only property 'name' of function 'function named() {}'
// expect: TypeError: Cannot assign to read only property 'length' of function 'function named() {}'
// expect: TypeError: Cannot assign to read only property 'prototype' of function 'function Array() { [native code] }'
console.log(named.before, named.after, named.name, Math.PI); // expect: 1 undefined named 3.141592653589793
console.log(Object.assign(named, { extra: true }).extra); // expect: true
