// What delete returns and does: a global made by assignment (or no variable at
// all) is deleted; declared variables are not; a string's length and
// characters and a function's or class's prototype cannot be deleted.
var declaredVar = 1;
let declaredLet = 2;
madeByAssignment = 3;
console.log(delete declaredVar, delete declaredLet, delete neverDeclared); // expect: false false true
console.log(delete madeByAssignment, typeof madeByAssignment); // expect: true undefined
try {
  madeByAssignment;
} catch (e) {
  console.log(e.message); // expect: madeByAssignment is not defined
}
madeByAssignment = 4;
console.log(madeByAssignment); // expect: 4
const text = "abc";
console.log(delete text.length, delete text[0], delete text[5], delete text.other); // expect: false false true true
function Plain() {}
class Shape {}
const arrow = () => 1;
console.log(delete Plain.prototype, delete Shape.prototype, delete arrow.prototype); // expect: false false true
console.log(typeof Plain.prototype, typeof Shape.prototype); // expect: object object
const record = { a: 1, b: 2 };
console.log(delete record.a, Object.keys(record).join()); // expect: true b
