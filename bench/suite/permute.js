// permute: generate all permutations of an array by recursive swapping (AWFY "Permute"-like).
const BENCHMARK = {
  name: "permute",
  category: "recursion",
  size: 7,
  tinySize: 5,
  description: "Enumerates all size! permutations of [1..size] by swapping in place; stresses method calls, array reads/writes. Returns [permutations, checksum, calls, position-weighted sum].",
};

class Permuter {
  constructor(n) {
    this.n = n;
    this.v = new Array(n);
    for (let i = 0; i < n; i++) this.v[i] = i + 1;
    this.count = 0;
    this.checksum = 0;
    this.calls = 0;
    this.weighted = 0;
  }

  swap(i, j) {
    const v = this.v;
    const t = v[i];
    v[i] = v[j];
    v[j] = t;
  }

  permute(k) {
    this.calls++;
    if (k <= 1) {
      this.count++;
      const v = this.v;
      this.checksum += v[0] * 3 + v[this.n - 1];
      let w = 0;
      for (let i = 0; i < this.n; i++) w += v[i] * (i + 1);
      this.weighted += w;
      return;
    }
    const k1 = k - 1;
    for (let i = k1; i >= 0; i--) {
      this.swap(k1, i);
      this.permute(k1);
      this.swap(k1, i);
    }
  }
}

function benchmark(size) {
  const p = new Permuter(size);
  p.permute(size);
  // The array must be restored to its initial order.
  for (let i = 0; i < size; i++) {
    if (p.v[i] !== i + 1) return [-1, -1, -1, -1];
  }
  return [p.count, p.checksum, p.calls, p.weighted];
}

function verify(result, size) {
  if (!Array.isArray(result) || result.length !== 4) return false;
  if (size === 7 && (result[0] !== 5040 || result[1] !== 80640 || result[2] !== 8660 || result[3] !== 564480)) return false;
  if (size === 8 && (result[0] !== 40320 || result[1] !== 725760 || result[2] !== 69281 || result[3] !== 6531840)) return false;
  // Closed forms: count = n!, every value appears (n-1)! times in each position,
  // so checksum = (n-1)! * (1 + ... + n) * 4 and weighted = (n-1)! * (1 + ... + n)^2;
  // calls(k) = 1 + k * calls(k-1), calls(1) = 1.
  let fact = 1;
  for (let i = 2; i <= size; i++) fact *= i;
  let factM1 = 1;
  for (let i = 2; i < size; i++) factM1 *= i;
  const tri = (size * (size + 1)) / 2;
  const checksum = factM1 * tri * 4;
  const weighted = factM1 * tri * tri;
  let calls = 1;
  for (let k = 2; k <= size; k++) calls = 1 + k * calls;
  return result[0] === fact && result[1] === checksum && result[2] === calls && result[3] === weighted;
}
