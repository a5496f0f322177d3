// queens: count all solutions of the N-queens problem with boolean arrays (AWFY "Queens"-like).
const BENCHMARK = {
  name: "queens",
  category: "micro",
  size: 9,
  tinySize: 6,
  description: "Counts all N-queens solutions by backtracking over boolean row/diagonal arrays; stresses recursion, array loads/stores and branches.",
};

class QueensSolver {
  constructor(n) {
    this.n = n;
    this.colFree = new Array(n).fill(true);
    this.diagUp = new Array(2 * n).fill(true);
    this.diagDown = new Array(2 * n).fill(true);
    this.queenCol = new Array(n).fill(-1);
  }

  place(row) {
    const n = this.n;
    if (row === n) return 1;
    let found = 0;
    for (let c = 0; c < n; c++) {
      if (this.colFree[c] && this.diagUp[row + c] && this.diagDown[row - c + n]) {
        this.setQueen(row, c, false);
        found += this.place(row + 1);
        this.setQueen(row, c, true);
      }
    }
    return found;
  }

  setQueen(row, c, free) {
    this.queenCol[row] = free ? -1 : c;
    this.colFree[c] = free;
    this.diagUp[row + c] = free;
    this.diagDown[row - c + this.n] = free;
  }
}

function benchmark(size) {
  return new QueensSolver(size).place(0);
}

// OEIS A000170.
const QUEENS_KNOWN = [1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2680, 14200, 73712];

function countQueensBits(n) {
  // Independent bitmask solver.
  const all = (1 << n) - 1;
  function go(cols, d1, d2) {
    if (cols === all) return 1;
    let avail = all & ~(cols | d1 | d2);
    let total = 0;
    while (avail !== 0) {
      const bit = avail & -avail;
      avail -= bit;
      total += go(cols | bit, ((d1 | bit) << 1) & all, (d2 | bit) >> 1);
    }
    return total;
  }
  return go(0, 0, 0);
}

function verify(result, size) {
  if (size < QUEENS_KNOWN.length && result !== QUEENS_KNOWN[size]) return false;
  if (size <= 12) return result === countQueensBits(size);
  return typeof result === "number";
}
