// int32 multiplication in compiled code: `mul` is compiled for int32 operands
// and result (the feedback saw only small products), then meets the corners:
// products past int32 (overflow guard), zero times a negative (-0 in JS),
// INT_MIN * -1, and a product exactly at the int32 limits.
function mul(a, b) {
  return a * b;
}
let warm = 0;
for (let i = 0; i < 3000; i++) warm += mul(i % 100, (i % 7) - 3);
console.log(warm); // expect: -296
const corners = [
  [3, 4], [-3, 4], [0, -5], [-5, 0], [0, 0], [65536, 65536], [46341, 46341], [46340, 46340],
  [-2147483648, -1], [-2147483648, 1], [2147483647, 2], [-1, -1], [1073741824, 2], [-1073741824, 2],
];
const out = [];
for (const [a, b] of corners) {
  const p = mul(a, b);
  out.push(Object.is(p, -0) ? '-0' : String(p));
}
console.log(out.join(' ')); // expect: 12 -12 -0 -0 0 4294967296 2147488281 2147395600 2147483648 -2147483648 4294967294 1 2147483648 -2147483648
// the same corners again after the deopts (recompiled or back in the VM)
let check = 0;
for (let i = 0; i < 3000; i++) {
  const [a, b] = corners[i % corners.length];
  check += mul(a, b) / 1024;
}
console.log(check); // expect: 2692725735.359375
