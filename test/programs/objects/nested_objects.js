// Building and walking nested objects.
const org = {
  name: "root",
  teams: [
    { name: "a", members: [{ n: "ann", age: 30 }, { n: "al", age: 41 }] },
    { name: "b", members: [{ n: "bo", age: 25 }] },
  ],
};
let total = 0;
const names = [];
for (const t of org.teams) {
  for (const m of t.members) {
    total += m.age;
    names.push(`${t.name}/${m.n}`);
  }
}
console.log(total, names.join(" ")); // expect: 96 a/ann a/al b/bo
org.teams[1].members.push({ n: "bea", age: 19 });
console.log(org.teams.map((t) => t.members.length)); // expect: [ 2, 2 ]
console.log(org.teams[0].members[1].n.toUpperCase()); // expect: AL
const tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [] }] };
const sum = (n) => n.v + n.kids.reduce((s, k) => s + sum(k), 0);
console.log(sum(tree)); // expect: 10
