// A parameter typed by the keys an element access saw (int32 keys compile the
// parameter as i32): then a string key, a fractional key, -0 and a key past
// the end arrive at the same function; the entry check must send those calls
// to the VM (and recompile wider), with JS's answers: arr["2"] is arr[2],
// arr[1.5] and arr[9] are undefined (NaN in arithmetic), arr[-0] is arr[0].
function repeatRead(arr, i, times) {
  let s = 0;
  for (let t = 0; t < times; t++) s += arr[i] * t;
  return s;
}
const arr = [3, 5, 7, 11];
let total = 0;
for (let r = 0; r < 400; r++) total += repeatRead(arr, r % 4, 20);
console.log(total); // expect: 494000
console.log(repeatRead(arr, "2", 20), repeatRead(arr, 1.5, 20), repeatRead(arr, -0, 20), repeatRead(arr, 9, 3)); // expect: 1330 NaN 570 NaN
for (let r = 0; r < 400; r++) total += repeatRead(arr, (r * 3) % 4, 10);
console.log(total); // expect: 611000
