// Replacing Array.prototype methods changes the program's arrays only.
Array.prototype.push = function () { return "hijacked"; };
console.log([].push(1)); // expect: hijacked
Array.prototype.injected = 42;
console.log([1].injected); // expect: 42
