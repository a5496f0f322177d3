// Subclassing Error.
class AppError extends Error {
  constructor(message, code) {
    super(message);
    this.name = "AppError";
    this.code = code;
  }
}
class NotFound extends AppError {
  constructor(what) {
    super(`${what} not found`, 404);
    this.name = "NotFound";
  }
  describe() { return `[${this.code}] ${this.message}`; }
}
try {
  throw new NotFound("page");
} catch (e) {
  console.log(e.name, e.message, e.code); // expect: NotFound page not found 404
  console.log(e instanceof NotFound, e instanceof AppError, e instanceof Error, e instanceof TypeError);
  // expect: true true true false
  console.log(String(e), e.describe()); // expect: NotFound: page not found [404] page not found
}
function handle(f) {
  try {
    f();
  } catch (e) {
    if (e instanceof NotFound) return "404";
    if (e instanceof AppError) return "app " + e.code;
    if (e instanceof TypeError) return "type";
    return "other";
  }
  return "ok";
}
console.log(handle(() => { throw new AppError("x", 500); }), handle(() => { throw new NotFound("y"); }));
// expect: app 500 404
console.log(handle(() => undefined.x), handle(() => { throw 1; }), handle(() => 1)); // expect: type other ok
