// Calling a missing method.
const obj = { name: "o" };
console.log(obj.name); // expect: o
obj.f(); // expect runtime error: TypeError: obj.f is not a function
