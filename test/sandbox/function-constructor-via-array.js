// The Function constructor reached through an array.
[].constructor.constructor("return this")(); // expect runtime error: EvalError: Code generation from strings disallowed for this context
