// Writing a property of undefined.
let target;
console.log(typeof target); // expect: undefined
target.count = 1; // expect runtime error: TypeError: Cannot set properties of undefined (setting 'count')
