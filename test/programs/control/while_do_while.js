// while and do...while.
let n = 0;
while (n < 5) n += 2;
console.log(n); // expect: 6
let ran = 0;
while (false) ran++;
do { ran++; } while (false);
console.log(ran); // expect: 1
let i = 0;
do {
  i++;
  if (i === 2) continue;
  console.log("do", i);
  // expect: do 1
  // expect: do 3
  // expect: do 4
} while (i < 4);
let collatz = 27, steps = 0;
while (collatz !== 1) {
  collatz = collatz % 2 ? 3 * collatz + 1 : collatz / 2;
  steps++;
}
console.log(steps); // expect: 111
let w = 10;
while (true) {
  w--;
  if (w < 7) break;
}
console.log(w); // expect: 6
