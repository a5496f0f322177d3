// int-to-double: hot loops whose values start as small integers and become
// doubles midway (int32 overflow, fractional addends, array elements, call arguments).
const BENCHMARK = {
  name: "int-to-double",
  category: "type-unstable",
  size: 60000,
  tinySize: 1000,
  description: "Four hot loops of size iterations: an integer accumulator that overflows int32 about halfway; a small-int sum whose addends gain a .5 fraction at the midpoint; an int array whose elements become doubles midway; a helper call whose multiplier argument switches from 3 to 0.5. Stresses type speculation / deoptimization. Returns [acc, acc2, acc3, acc4] (all exact doubles).",
};

function mulAdd(acc, x, m) {
  return acc + x * m;
}

function benchmark(size) {
  const n = size;
  const half = n >> 1;

  // 1. Integer accumulator that leaves the int32 range at about the midpoint.
  const step = Math.floor(2147483647 / Math.max(half, 1)) + 1;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += step;
    if ((i & 7) === 0) acc -= 3;
  }

  // 2. Small-int addends that acquire a fractional part at the midpoint.
  let acc2 = 0;
  for (let i = 0; i < n; i++) {
    const d = i & 15;
    acc2 += i < half ? d : d + 0.5;
  }

  // 3. Array elements that start as small ints and become doubles.
  const arr = new Array(64).fill(0);
  for (let i = 0; i < n; i++) {
    const k = i & 63;
    arr[k] = arr[k] + (i < half ? 1 : 0.25);
  }
  let acc3 = 0;
  for (let k = 0; k < 64; k++) acc3 += arr[k];

  // 4. A call whose argument type flips from int to double.
  let acc4 = 0;
  for (let i = 0; i < n; i++) {
    acc4 = mulAdd(acc4, i & 255, i < half ? 3 : 0.5);
  }

  return [acc, acc2, acc3, acc4];
}

// sum of (i & (m - 1)) for 0 <= i < n, m a power of two
function sumMasked(n, m) {
  const full = Math.floor(n / m);
  const r = n - full * m;
  return (full * m * (m - 1)) / 2 + (r * (r - 1)) / 2;
}

function verify(result, size) {
  if (!Array.isArray(result) || result.length !== 4) return false;
  if (size === 60000 && (result[0] !== 4294957500 || result[1] !== 465000 || result[2] !== 37500 || result[3] !== 13371180)) return false;
  if (size === 400000 && (result[0] !== 4295050000 || result[1] !== 3100000 || result[2] !== 250000 || result[3] !== 89230544)) return false;
  const n = size;
  const half = n >> 1;
  const step = Math.floor(2147483647 / Math.max(half, 1)) + 1;
  const acc = n * step - 3 * Math.floor((n + 7) / 8);
  const acc2 = sumMasked(n, 16) + 0.5 * (n - half);
  const acc3 = half + 0.25 * (n - half);
  const acc4 = 3 * sumMasked(half, 256) + 0.5 * (sumMasked(n, 256) - sumMasked(half, 256));
  return result[0] === acc && result[1] === acc2 && result[2] === acc3 && result[3] === acc4;
}
