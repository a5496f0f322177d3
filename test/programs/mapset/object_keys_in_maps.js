// Objects and arrays as Map keys and Set members.
const a = [1, 2];
const s = new Set([a, a, [1, 2]]);
console.log(s.size, s.has(a), s.has([1, 2])); // expect: 2 true false
const visited = new Set();
const nodes = [{ id: 1 }, { id: 2 }];
nodes[0].next = nodes[1];
nodes[1].next = nodes[0];
let cur = nodes[0];
let steps = 0;
while (!visited.has(cur)) {
  visited.add(cur);
  cur = cur.next;
  steps++;
}
console.log(steps, visited.size); // expect: 2 2
const meta = new Map();
for (const n of nodes) meta.set(n, { seen: n.id * 10 });
console.log(meta.get(nodes[1]).seen, meta.get({ id: 2 })); // expect: 20 undefined
