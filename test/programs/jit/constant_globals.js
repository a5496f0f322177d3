// Globals compiled in as constants: a let, const or class binding that
// nothing writes but its declaration keeps the value it was initialised with
// (numbers and booleans typed), once out of its temporal dead zone. A function
// compiled while the binding is still in it reads it through the host (and
// throws as the VM does); a let or var written elsewhere is never constant.
const K1 = 7;
const HALF = 0.5;
const FLAG = true;
let L = 3;
let M = 1;
const OBJ = { v: 2 };
class Q { constructor(x) { this.x = x; } }
function f(n) { let s = 0; for (let i = 0; i < n; i++) { s += K1 * i + HALF + (FLAG ? 1 : 0) + L + M + OBJ.v + new Q(i).x; if (i === 1500) M = 2.5; } return s; }
console.log(f(3000));
function early() { return typeof LATE; }
let r = []; for (let i = 0; i < 2000; i++) { try { r.push(early2()); } catch (e) { r.push(e.name); break; } }
function early2() { return LATER + 1; }
console.log(r.length, r[0]);
const LATER = 10;
for (let i = 0; i < 3000; i++) r.push(early2());
console.log(r.length, r[r.length - 1]);
var V = 1; function fv(n) { let s = 0; for (let i = 0; i < n; i++) s += V; return s; } console.log(fv(2000)); V = 2; console.log(fv(2000));
let Z = -0; function fz(n) { let s = 0; for (let i = 0; i < n; i++) s = Z; return Object.is(s, -0); } console.log(fz(2000));
const BIG = 2 ** 40; function fb(n) { let s = 0; for (let i = 0; i < n; i++) s += BIG | 0; return [s, BIG + n]; } console.log(fb(2000));
// expect: 36012748.5
// expect: 1 ReferenceError
// expect: 3001 11
// expect: 2000
// expect: 4000
// expect: true
// expect: [ 0, 1099511629776 ]
