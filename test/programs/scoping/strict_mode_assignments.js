// Strict-mode code (class bodies, functions or scripts under "use strict")
// cannot create a global by assigning an undeclared name (ReferenceError, after
// the right-hand side ran) or assign a named function expression's own name
// (TypeError); sloppy code still can, and a global it made is assignable.
const results = [];
function attempt(f) {
  try {
    results.push(String(f()));
  } catch (e) {
    results.push(e.name + ": " + e.message);
  }
}
class Counter {
  bump() { total = (this.calls = 1) + 1; }
  rename() { const f = function self() { self = 0; }; f(); }
}
function strictHelper() {
  "use strict";
  for (item of [1]);
}
function sloppyHelper() {
  made = "by sloppy code";
  return made;
}
attempt(() => new Counter().bump());
attempt(() => { const c = new Counter(); try { c.bump(); } catch (e) { return c.calls; } });
attempt(() => new Counter().rename());
attempt(strictHelper);
attempt(sloppyHelper);
attempt(() => { "use strict"; made = "reassigned in strict code"; return made; });
console.log(results.join("\n"));
// expect: ReferenceError: total is not defined
// expect: 1
// expect: TypeError: Assignment to constant variable.
// expect: ReferenceError: item is not defined
// expect: by sloppy code
// expect: reassigned in strict code
