// const prevents rebinding, not mutation.
const obj = { n: 1 };
obj.n = 2;
obj.m = 3;
console.log(obj); // expect: { n: 2, m: 3 }
const arr = [1];
arr.push(2);
arr[5] = 6;
console.log(arr.length); // expect: 6
try {
  obj = {};
} catch (e) {
  console.log(e.name, e.message); // expect: TypeError Assignment to constant variable.
}
const k = 1;
try {
  k++;
} catch (e) {
  console.log(e instanceof TypeError, e.message); // expect: true Assignment to constant variable.
}
try {
  k += 1;
} catch (e) {
  console.log(String(e)); // expect: TypeError: Assignment to constant variable.
}
for (const item of [1, 2, 3]) console.log(item * 10);
// expect: 10
// expect: 20
// expect: 30
try {
  for (const i = 0; i < 2; i++) console.log("iteration", i); // expect: iteration 0
} catch (e) {
  console.log(e.message); // expect: Assignment to constant variable.
}
console.log(k); // expect: 1
