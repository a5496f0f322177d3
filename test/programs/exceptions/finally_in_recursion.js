// finally blocks run in every frame while an exception unwinds a recursion.
let depth = 0;
function deep(n) {
  try {
    if (n === 0) throw new Error("bottom");
    return deep(n - 1);
  } finally {
    depth++;
  }
}
try { deep(5); } catch (e) { console.log(e.message, depth); } // expect: bottom 6
const order = [];
function unwind(n, catchAt) {
  try {
    if (n === 0) throw new Error("from 0");
    return unwind(n - 1, catchAt) + 1;
  } catch (e) {
    if (n !== catchAt) throw e;
    order.push("caught at " + n);
    return 100;
  } finally {
    order.push("finally " + n);
  }
}
console.log(unwind(4, 2)); // expect: 102
console.log(order.join(", ")); // expect: finally 0, finally 1, caught at 2, finally 2, finally 3, finally 4
