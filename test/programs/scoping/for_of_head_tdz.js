// The names a for-of/for-in declares with let/const are in their dead zone
// while the loop computes what it iterates: `for (const item of item.list)`
// does not read an outer `item` (even from a closure made there); `var` has no
// dead zone.
const item = { list: [1, 2, 3] };
const attempts = [
  () => { for (const item of item.list) {} },
  () => { for (let key in key) {} },
  () => { for (const [first] of [first]) {} },
  () => { let later; for (const n of (later = () => n, [1])) {} return later(); },
  () => { for (var v of [typeof v]) return v; },
];
for (const attempt of attempts) {
  try {
    console.log(attempt());
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
// expect: ReferenceError: Cannot access 'item' before initialization
// expect: ReferenceError: Cannot access 'key' before initialization
// expect: ReferenceError: Cannot access 'first' before initialization
// expect: ReferenceError: Cannot access 'n' before initialization
// expect: undefined
let sum = 0;
for (let i = 0; i < 1000; i++) for (const x of item.list) sum += x;
console.log(sum); // expect: 6000
