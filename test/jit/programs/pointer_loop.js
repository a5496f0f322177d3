// A loop whose back-edge compares references (`while (node !== null)`), run
// once for a long list: the VM's back-edge must reach the JIT's on-stack
// replacement check (the general case of LoopIfStrictNe counted the loop but
// never asked, so such a loop never entered compiled code).
function walk(head) {
  let sum = 0;
  let node = head;
  while (node !== null) {
    sum += node.value;
    node = node.next;
  }
  return sum;
}
let head = null;
for (let i = 0; i < 20000; i++) head = { value: i, next: head };
console.log(walk(head));
