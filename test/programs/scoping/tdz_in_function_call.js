// Calling a function that touches a binding still in its TDZ.
function show() { return `config is ${config}`; }
console.log(typeof show); // expect: function
console.log(show()); // expect runtime error: ReferenceError: Cannot access 'config' before initialization
const config = "ready";
