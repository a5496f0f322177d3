// A recursive driver whose method calls two small methods (Hanoi with linked
// discs). Compiled in the background, the callees are built first and each
// caller waits for them, so no compiled call goes through the VM.
class Disc {
  constructor(size) {
    this.size = size;
    this.below = null;
  }
}

class Pegs {
  constructor(discs) {
    this.tops = [null, null, null];
    this.moves = 0;
    for (let s = discs; s >= 1; s--) this.put(new Disc(s), 0);
  }

  put(disc, peg) {
    const top = this.tops[peg];
    if (top !== null && disc.size >= top.size) throw new Error("a larger disc on a smaller one");
    disc.below = top;
    this.tops[peg] = disc;
  }

  take(peg) {
    const top = this.tops[peg];
    this.tops[peg] = top.below;
    top.below = null;
    return top;
  }

  step(from, to) {
    this.put(this.take(from), to);
    this.moves += 1;
  }

  solve(n, from, to) {
    if (n === 1) {
      this.step(from, to);
      return;
    }
    const via = 3 - from - to;
    this.solve(n - 1, from, via);
    this.step(from, to);
    this.solve(n - 1, via, to);
  }
}

let moves = 0;
let weighted = 0;
for (let round = 0; round < 1200; round++) {
  const discs = 10 + (round % 5);
  const pegs = new Pegs(discs);
  pegs.solve(discs, 0, 2);
  moves += pegs.moves;
  let position = 1;
  for (let d = pegs.tops[2]; d !== null; d = d.below) weighted += d.size * position++;
}
console.log(moves, weighted);
