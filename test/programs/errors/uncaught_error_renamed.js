// An uncaught error shows the name and message it has when thrown, not when
// constructed: V8 formats the stack lazily, so `this.name = ...` in a subclass
// constructor (the usual custom-error idiom) names the uncaught error.
class ValidationError extends Error {
  constructor(field) {
    super(`${field} is required`);
    this.name = "ValidationError";
    this.field = field;
  }
}
function check(record) {
  for (const key of ["id", "title"]) {
    if (!(key in record)) throw new ValidationError(key);
  }
  return "valid";
}
console.log(check({ id: 1, title: "t" })); // expect: valid
try {
  check({ id: 2 });
} catch (e) {
  console.log(String(e), e instanceof ValidationError, e.field); // expect: ValidationError: title is required true title
}
check({ title: "x" }); // expect runtime error: ValidationError: id is required
