// TypeError messages for property access on undefined and null.
function attempt(f) {
  try {
    f();
    return "ok";
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
}
let u;
const n = null;
console.log(attempt(() => u.x)); // expect: TypeError: Cannot read properties of undefined (reading 'x')
console.log(attempt(() => n.x)); // expect: TypeError: Cannot read properties of null (reading 'x')
console.log(attempt(() => u[0])); // expect: TypeError: Cannot read properties of undefined (reading '0')
console.log(attempt(() => n["key"])); // expect: TypeError: Cannot read properties of null (reading 'key')
console.log(attempt(() => { u.x = 1; }));
// expect: TypeError: Cannot set properties of undefined (setting 'x')
console.log(attempt(() => { n.y = 2; })); // expect: TypeError: Cannot set properties of null (setting 'y')
console.log(attempt(() => { n[3] = 2; })); // expect: TypeError: Cannot set properties of null (setting '3')
console.log(attempt(() => u?.x)); // expect: ok
console.log(attempt(() => [][0].length));
// expect: TypeError: Cannot read properties of undefined (reading 'length')
console.log(attempt(() => ({}).a.b.c));
// expect: TypeError: Cannot read properties of undefined (reading 'b')
console.log(attempt(() => "abc".x.y)); // expect: TypeError: Cannot read properties of undefined (reading 'y')
