// Builtin functions lead to the same disabled constructor.
for (const f of [console.log, Math.max, JSON.parse, "".constructor, (1).constructor, performance.now]) {
  try { f.constructor("return process")(); console.log("escaped"); } catch (e) { console.log(e.name); }
}
// expect: EvalError
// expect: EvalError
// expect: EvalError
// expect: EvalError
// expect: EvalError
// expect: EvalError
