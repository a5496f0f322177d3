// A class extending Array: `new Sub()` makes an array whose prototype is Sub's, with the subclass's methods and fields.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.peek(), s.length, s instanceof Stack, Array.isArray(s)); // expect: 3 3 true true
console.log(s.join("-"), s.indexOf(2), String(s)); // expect: 1-2-3 1 1,2,3
class Pair extends Array {
  constructor(a, b) {
    super();
    this.push(a, b);
    this.tag = "pair";
  }
  first() { return this[0]; }
}
const p = new Pair("x", "y");
console.log(p.first(), p.length, p.tag, JSON.stringify(p), Object.keys(p).join()); // expect: x 2 pair ["x","y"] 0,1,tag
const sized = new Stack(3);
console.log(sized.length, sized.peek(), new Stack(4, 5).peek()); // expect: 3 undefined 5
let total = 0;
function sum(arr) { let t = 0; for (let i = 0; i < arr.length; i++) t += arr[i]; return t + arr.peek(); }
for (let i = 0; i < 300; i++) total += sum(s);
console.log(total); // expect: 2700
