// The Function constructor reached through a plain object's constructor chain.
try {
  const F = ({}).constructor.constructor;
  F("return process")();
} catch (e) {
  console.log(e.name + ": " + e.message); // expect: EvalError: Code generation from strings disallowed for this context
}
