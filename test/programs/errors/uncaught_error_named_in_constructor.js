// An uncaught error's first line has the name and message the error has when it is printed (V8 writes
// a stack when it is first read): a name set by a subclass's constructor, a message changed after `new`.
class ValidationError extends Error {
  constructor(field) {
    super(`bad field ${field}`);
    this.name = "ValidationError";
  }
}
function check(x) {
  if (!x) {
    const e = new ValidationError("x");
    e.message += " (checked)";
    throw e;
  }
}
try {
  check(0);
} catch (e) {
  console.log(String(e)); // expect: ValidationError: bad field x (checked)
}
check(0);
// expect runtime error: ValidationError: bad field x (checked)
