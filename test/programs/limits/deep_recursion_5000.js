// Legitimate recursion 5000 frames deep must work.
function sum(n) {
  return n === 0 ? 0 : n + sum(n - 1);
}
console.log(sum(5000)); // expect: 12502500
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(5000), isOdd(4999)); // expect: true true
let list = null;
for (let i = 0; i < 5000; i++) list = { value: i, next: list };
function length(node) { return node === null ? 0 : 1 + length(node.next); }
function total(node) { return node === null ? 0 : node.value + total(node.next); }
console.log(length(list), total(list)); // expect: 5000 12497500
class Counter {
  count(n) { return n === 0 ? 0 : 1 + this.count(n - 1); }
}
console.log(new Counter().count(5000)); // expect: 5000
const arrowDepth = (n) => (n === 0 ? "bottom" : arrowDepth(n - 1));
console.log(arrowDepth(5000)); // expect: bottom
function withTry(n) {
  try {
    return n === 0 ? 0 : 1 + withTry(n - 1);
  } finally {
    // nothing
  }
}
console.log(withTry(5000)); // expect: 5000
