// Error stacks show the program's own frames only.
function inner() { return new Error("boom").stack; }
const stack = inner();
console.log(stack.split("\n")[0]); // expect: Error: boom
console.log(stack.includes("node:"), stack.includes("dist/"), stack.includes("interpreter")); // expect: false false false
console.log(stack.includes("inner")); // expect: true
