// A parameter typed by what the function stores into an array (the element
// write's feedback): booleans compile as i32 0/1, then values of other types
// arrive (a string, a number, null, undefined) and the entry check must send
// the call to the VM (and recompile wider), never store a wrong value.
function mark(arr, i, v) {
  arr[i] = v;
  return v ? 1 : 0;
}
function run(flags, rounds, from) {
  let s = 0;
  for (let r = from; r < from + rounds; r++) s += mark(flags, r % 10, r % 3 === 0) * (r % 7);
  return s;
}
const flags = new Array(10).fill(false);
let s = 0;
for (let k = 0; k < 20; k++) s += run(flags, 300, k * 300);
console.log(s, flags.join()); // expect: 6001 false,true,false,false,true,false,false,true,false,false
s += mark(flags, 1, "yes") + mark(flags, 2, 0) + mark(flags, 3, null) + mark(flags, 4, undefined) + mark(flags, 5, 2.5);
console.log(s, flags.join()); // expect: 6003 false,yes,0,,,2.5,false,true,false,false
for (let k = 0; k < 5; k++) s += run(flags, 300, k * 7);
console.log(s, flags.join()); // expect: 7498 false,true,false,false,true,false,false,true,true,false
