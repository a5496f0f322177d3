// Object(value) makes a wrapper object of a primitive (`Object(1)` is `[Number: 1]` in node),
// which the language has not, so a call or `new` of Object with an argument is rejected before
// the program runs, as `new Number(5)` is. Object() and new Object() make plain objects.
console.log(Object(), new Object());
const boxed = Object(1); // expect error: `Object(value)` and `new Object(value)` are not supported (of a primitive they make a wrapper object)
console.log(typeof boxed);
