// An uncaught Error terminates the program after earlier output.
function validate(age) {
  if (age < 0) throw new RangeError("age must be non-negative, got " + age);
  return age;
}
console.log(validate(5)); // expect: 5
console.log(validate(-1)); // expect runtime error: RangeError: age must be non-negative, got -1
console.log("never");
