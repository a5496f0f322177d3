// A hot int32 loop: sum compiles to i32 arithmetic, i++ with its overflow guard;
// (s + i) | 0 wraps with none, only its truncation is ever used.
function sum(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = (s + i) | 0;
  }
  return s;
}
let total = 0;
for (let k = 0; k < 30; k++) total = total + sum(100);
console.log(total); // expect: 148500
