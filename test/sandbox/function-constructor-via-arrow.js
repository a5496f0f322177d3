// An arrow function's constructor is the (disabled) Function constructor.
const F = (() => {}).constructor;
console.log(typeof F, F.name); // expect: function Function
try { F("return 1"); } catch (e) { console.log(e instanceof EvalError); } // expect: true
