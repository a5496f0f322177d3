// A caught runtime error leads nowhere either.
try {
  null.f();
} catch (e) {
  try { e.constructor.constructor("return process")(); } catch (e2) { console.log(e2.name); } // expect: EvalError
  console.log(Object.getPrototypeOf(Object.getPrototypeOf(e)) === Error.prototype); // expect: true
}
