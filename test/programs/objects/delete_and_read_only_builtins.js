// A function's name and length can be deleted (Function.prototype's '' and 0 show through, in
// console.log and bind too); Math's and Number's constants and a constructor's prototype are
// read-only and permanent: stores are ignored and delete is false, or TypeErrors in strict code.
function foo(a, b) {}
console.log(delete foo.name, foo.name === "", foo.hasOwnProperty("name"), foo); // expect: true true false [Function (anonymous)]
console.log(delete foo.length, foo.length, foo.hasOwnProperty("length")); // expect: true 0 false
foo.name = "again";
console.log(foo.name === "", foo.bind(null).name === "bound "); // expect: true true
class C {}
console.log(delete C.name, C.name === "", C); // expect: true true [class (anonymous)]
Math.PI = 3;
console.log(Math.PI, delete Math.PI, Math.PI); // expect: 3.141592653589793 false 3.141592653589793
Number.MAX_SAFE_INTEGER = 1;
console.log(Number.MAX_SAFE_INTEGER, delete Number.EPSILON); // expect: 9007199254740991 false
console.log(delete Math.max, typeof Math.max); // expect: true undefined
console.log(delete C.prototype, delete Array.prototype); // expect: false false
C.prototype = 5;
Array.prototype = 5;
console.log(typeof C.prototype, typeof Array.prototype); // expect: object object
function setPi(v) { Math.PI = v; return Math.PI; }
let unchanged = 0;
for (let i = 0; i < 100; i++) if (setPi(i) === 3.141592653589793) unchanged++;
console.log(unchanged); // expect: 100
class Strict {
  static run(action) {
    try { action(); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); }
  }
}
Strict.run(() => { "use strict"; Math.PI = 1; }); // expect: TypeError: Cannot assign to read only property 'PI' of object '#<Object>'
Strict.run(() => { "use strict"; delete Math.PI; }); // expect: TypeError: Cannot delete property 'PI' of #<Object>
Strict.run(() => { "use strict"; delete C.prototype; }); // expect: TypeError: Cannot delete property 'prototype' of class C {}
Strict.run(() => { "use strict"; C.prototype = 1; }); // expect: TypeError: Cannot assign to read only property 'prototype' of function 'class C {}'
Strict.run(() => { "use strict"; delete [1].length; }); // expect: TypeError: Cannot delete property 'length' of [object Array]
Strict.run(() => { "use strict"; delete "abc"[0]; }); // expect: TypeError: Cannot delete property '0' of [object String]
Strict.run(() => { "use strict"; delete foo.prototype; }); // expect: TypeError: Cannot delete property 'prototype' of function foo(a, b) {}
Strict.run(() => { "use strict"; console.log(delete Math.max); }); // expect: true
// expect: no error
