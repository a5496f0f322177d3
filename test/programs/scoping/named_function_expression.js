// A named function expression's name is visible only inside it.
const fact = function inner(n) { return n <= 1 ? 1 : n * inner(n - 1); };
console.log(fact(5), typeof inner, fact.name); // expect: 120 undefined inner
const anon = function () {};
const arrow = () => {};
console.log(anon.name, arrow.name); // expect: anon arrow
let saved = fact;
console.log(saved(6)); // expect: 720
const obj = { method() {}, prop: function () {}, arrowProp: () => {} };
console.log(obj.method.name, obj.prop.name, obj.arrowProp.name); // expect: method prop arrowProp
