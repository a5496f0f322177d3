// A method of a constant global's object (Math.floor in a compiled loop) is
// cached by the method epoch alone (codegen.ts, Op.CallMethod): replacing it
// from compiled code (a property write with no other host code around it),
// from the VM, or deleting it must be seen by the next call.
const realFloor = Math.floor;
const realCeil = Math.ceil;
function floors(n, swapAt) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += Math.floor(i / 4 + 0.5);
    // Math.ceil is read and written by the JIT's accessors: no host code runs here
    if (i === swapAt) Math.floor = Math.ceil;
  }
  return s;
}
const out = [];
let t = 0;
for (let r = 0; r < 40; r++) {
  t += floors(1000, 600);
  Math.floor = realFloor;
}
out.push(t);
// replaced between calls (by the VM), then restored
Math.floor = realCeil;
out.push(floors(1000, -1));
Math.floor = realFloor;
out.push(floors(1000, -1));
// a user function in its place: the call's guard fails and the VM calls it
Math.floor = function (x) {
  return -x;
};
out.push(floors(8, -1));
Math.floor = realFloor;
out.push(floors(1000, -1));
console.log(out.join(" ")); // expect: 5011960 125750 125000 -11 125000
