// towers: Towers of Hanoi with discs as linked objects (AWFY "Towers").
const BENCHMARK = {
  name: "towers",
  category: "micro",
  size: 16,
  tinySize: 8,
  description: "Towers of Hanoi; each pile is a linked list of disc objects, every move pops and pushes with a size check. Returns [moves, checksum of the final pile].",
};

class TowersDisk {
  constructor(size) {
    this.size = size;
    this.next = null;
  }
}

class Towers {
  constructor() {
    this.piles = [null, null, null];
    this.movesDone = 0;
  }

  pushDisk(disk, pile) {
    const top = this.piles[pile];
    if (top !== null && disk.size >= top.size) {
      throw new Error("Cannot put a big disk on a smaller one");
    }
    disk.next = top;
    this.piles[pile] = disk;
  }

  popDiskFrom(pile) {
    const top = this.piles[pile];
    if (top === null) {
      throw new Error("Attempting to remove a disk from an empty pile");
    }
    this.piles[pile] = top.next;
    top.next = null;
    return top;
  }

  moveTopDisk(fromPile, toPile) {
    this.pushDisk(this.popDiskFrom(fromPile), toPile);
    this.movesDone += 1;
  }

  buildTowerAt(pile, disks) {
    for (let i = disks; i >= 1; i--) {
      this.pushDisk(new TowersDisk(i), pile);
    }
  }

  moveDisks(disks, fromPile, toPile) {
    if (disks === 1) {
      this.moveTopDisk(fromPile, toPile);
    } else {
      const otherPile = 3 - fromPile - toPile;
      this.moveDisks(disks - 1, fromPile, otherPile);
      this.moveTopDisk(fromPile, toPile);
      this.moveDisks(disks - 1, otherPile, toPile);
    }
  }
}

function benchmark(size) {
  const t = new Towers();
  t.buildTowerAt(0, size);
  t.moveDisks(size, 0, 1);
  if (t.piles[0] !== null || t.piles[2] !== null) return [-1, -1];
  // Walk the destination pile: sizes must be 1..size from the top.
  let checksum = 0;
  let pos = 1;
  let d = t.piles[1];
  while (d !== null) {
    checksum += d.size * pos;
    pos++;
    d = d.next;
  }
  return [t.movesDone, checksum];
}

function verify(result, size) {
  if (!Array.isArray(result) || result.length !== 2) return false;
  if (size === 16 && (result[0] !== 65535 || result[1] !== 1496)) return false;
  if (size === 17 && (result[0] !== 131071 || result[1] !== 1785)) return false;
  // moves = 2^n - 1; checksum = sum of k*k for k = 1..n.
  const moves = 2 ** size - 1;
  const checksum = (size * (size + 1) * (2 * size + 1)) / 6;
  return result[0] === moves && result[1] === checksum;
}
