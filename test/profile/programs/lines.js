// Line events: a tier reports each executed statement, blocks excepted (their
// statements report themselves), and a for loop's `let` initialiser counts as a
// statement of its own. sum(10) runs three times:
//   `let s = 0` 3, the for line 3 × (the for + its let) = 6, `s += i` 30, `return s` 3.
function sum(n) {
  let s = 0; // expect-hits: 3
  for (let i = 0; i < n; i++) { // expect-hits: 6
    s += i; // expect-hits: 30
  }
  return s; // expect-hits: 3
}

let total = 0; // expect-hits: 1
for (let k = 0; k < 3; k++) total += sum(10); // expect-hits: 5
console.log(total); // expect-hits: 1
