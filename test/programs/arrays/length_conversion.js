// Assigning an array's length converts the value as JavaScript does (ToUint32, then ToNumber: an object's
// valueOf runs twice), so an object, a string, a boolean or null can be a length; a non-integer is a RangeError.
const a = [1, 2, 3, 4];
a.length = { valueOf() { console.log("valueOf"); return 2; } };
// expect: valueOf
// expect: valueOf
console.log(a); // expect: [ 1, 2 ]
a.length = "3";
console.log(a); // expect: [ 1, 2, <1 empty item> ]
a.length = [1];
console.log(a, a.length); // expect: [ 1 ] 1
a.length = true;
const afterTrue = a.length;
a.length = null;
console.log(afterTrue, a.length); // expect: 1 0
for (const bad of [{ valueOf() { return -1; } }, "1.5", 2 ** 32]) {
  try {
    a.length = bad;
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
// expect: RangeError: Invalid array length
