// Reference element writes by compiled code into arrays with a reference
// mirror (the value's index, read from a mirror or null/undefined, into the
// element's word): piles of linked objects shifted around (towers' pattern),
// JSON reading the piles in the middle, elements of every kind copied from
// one array to another, holes written and holes left alone.
class D { constructor(s) { this.size = s; this.next = null; } }
function shift(piles, from, to) {
  const top = piles[from];
  piles[from] = top.next;
  top.next = piles[to];
  piles[to] = top;
  return top.size;
}
function fill(arr, src, k) { for (let i = 0; i < arr.length; i++) arr[i] = src[(i + k) % src.length]; return arr; }
function drive(n) {
  const piles = [null, null, null];
  for (let i = 5; i >= 1; i--) { const d = new D(i); d.next = piles[0]; piles[0] = d; }
  let s = 0;
  for (let i = 0; i < n; i++) {
    const from = i % 3;
    if (piles[from] === null) continue;
    s += shift(piles, from, (from + 1) % 3);
    if (i % 997 === 0) s += JSON.stringify(piles.map((p) => (p === null ? 0 : p.size))).length;
  }
  return [s, piles.map((p) => { let c = 0; while (p !== null) { c++; p = p.next; } return c; })];
}
console.log(drive(5000)); // expect: [ 5042, [ 4, 0, 1 ] ]
console.log(drive(4)); // expect: [ 11, [ 4, 1, 0 ] ]
const src = [{ a: 1 }, null, "str", undefined, [1, 2], 7];
const holes = new Array(8);
let f; for (let r = 0; r < 300; r++) f = fill(new Array(8), src, r);
const kinds = (a) => a.map((x) => (x === null ? "null" : typeof x)).join(",");
console.log(kinds(f), kinds(fill(holes, src, 1)), holes.length); // expect: number,object,null,string,undefined,object,number,object null,string,undefined,object,number,object,null,string 8
const sparse = [1, , 3];
function setHole(a, v) { for (let i = 0; i < 100; i++) a[1] = v; return a; }
for (let r = 0; r < 50; r++) setHole([{}, , {}], src[r % 2]);
console.log(setHole(sparse, undefined), setHole([{ x: 1 }, , null], null)); // expect: [ 1, undefined, 3 ] [ { x: 1 }, null, null ]
function setFirst(a, b) { a[0] = null; a[2] = b[0]; return a; }
function driveFirst(a, b) { for (let i = 0; i < 100; i++) setFirst(a, b); return a; }
for (let r = 0; r < 50; r++) driveFirst([{}, , {}], [{ k: r }]);
console.log(driveFirst([{ y: 2 }, , { z: 3 }], [[7]]), driveFirst([1, , 2, , 3], ["s"])); // expect: [ null, <1 empty item>, [ 7 ] ] [ null, <1 empty item>, 's', <1 empty item>, 3 ]
