// Table indices handed from a compiled caller to its compiled callee with
// each reference argument, and back with a returned reference: the callee
// stores what it was given into slots and array elements (towers' pushDisk),
// a value the caller made itself (no index) takes the host's way, and the
// stores must leave the same objects node leaves. (--jit-compile sync and
// --deopt-stress fail when the index handed on is off by one.)
class Box { constructor(id) { this.id = id; this.link = null; } }
function put(slots, at, box) { slots[at] = box; box.link = slots[(at + 1) % slots.length]; return box; }
function take(slots, at) { const b = slots[at]; slots[at] = b.link; return b; }
function move(slots, from, to) { return put(slots, to, take(slots, from)); }
function drive(n) {
  const slots = [new Box(0), new Box(1), new Box(2), new Box(3)];
  put(slots, 1, new Box(100 + n));
  for (let i = 0; i < 4; i++) slots[i].link = slots[(i + 1) % 4];
  let s = 0;
  for (let i = 0; i < n; i++) {
    const b = move(slots, i % 4, (i + 2) % 4);
    s += b.id;
    if (b.link === null) s += 1000;
  }
  return [s, slots.map((x) => (x === null ? "-" : x.id)).join(","), slots.map((x) => (x === null || x.link === null ? "-" : x.link.id)).join(",")];
}
console.log(drive(5)); // expect: [ 210, '2,105,0,105', '3,3,105,3' ]
console.log(drive(4000)); // expect: [ 8200000, '0,4100,3,4100', '2,3,0,3' ]
console.log(drive(6)); // expect: [ 318, '2,3,0,106', '3,0,106,2' ]
