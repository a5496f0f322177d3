// Reference slot writes by compiled code (the index of a value read from a
// mirror, or null / undefined, stored into the slot mirror): nodes relinked
// in hot loops, null and undefined written, strings copied from slot to
// slot, the nodes read by the host (JSON, console.log) in the middle, and a
// shape change before a compiled write.
class N { constructor(v) { this.v = v; this.next = null; this.tag = undefined; } }
function rotate(a, b, c, i) {
  const t = a.next;
  a.next = b.next;
  b.next = c.next;
  c.next = t;
  if (i % 3 === 0) a.tag = b.tag;
  if (i % 5 === 0) b.tag = undefined;
  return t;
}
function link(nodes) { for (let i = 0; i < nodes.length; i++) nodes[i].next = nodes[(i + 1) % nodes.length]; return nodes[0]; }
function walk(n, k) { let s = 0; let p = n; for (let i = 0; i < k; i++) { s += p.v; p = p.next; } return s; }
const mids = [];
function drive(rounds) {
  const nodes = [new N(1), new N(2), new N(3), new N(4)];
  nodes[1].tag = "b";
  link(nodes);
  let s = 0;
  for (let i = 0; i < rounds; i++) {
    const t = rotate(nodes[i % 4], nodes[(i + 1) % 4], nodes[(i + 2) % 4], i);
    s += t.v + walk(nodes[0], 6);
    if (i === rounds - 2) mids.push(JSON.stringify(nodes.map((x) => [x.v, x.next.v, x.tag])));
  }
  nodes[2].extra = 1;
  rotate(nodes[2], nodes[3], nodes[0], 0);
  return [s, nodes.map((x) => x.next.v).join(""), nodes.map((x) => String(x.tag)).join(",")];
}
console.log(drive(3000)); // expect: [ 41250, '4312', 'undefined,b,b,undefined' ]
console.log(drive(7)); // expect: [ 94, '4231', 'b,undefined,b,undefined' ]
console.log(mids.join(" ")); // expect: [[1,1,null],[2,2,"b"],[3,4,"b"],[4,3,"b"]] [[1,3,"b"],[2,2,null],[3,1,null],[4,4,"b"]]
function clear(list) { for (const n of list) { n.next = null; } return list.every((n) => n.next === null); }
const big = []; for (let i = 0; i < 50; i++) big.push(new N(i));
link(big);
let cl = true; for (let r = 0; r < 200; r++) { link(big); cl = cl && clear(big); }
console.log(cl, big[3].next, big[7]); // expect: true null N { v: 7, next: null, tag: undefined }
