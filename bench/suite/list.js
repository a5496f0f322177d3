// list: AWFY "List" -- Takeuchi's function computed on linked lists.
const BENCHMARK = {
  name: "list",
  category: "oop",
  size: 20,
  tinySize: 15,
  description: "AWFY List: tail(x, y, z) (Takeuchi's function) where numbers are linked lists of lengths size, 2*size/3, 2*size/5; stresses object allocation, pointer chasing and recursion. Returns [length of result, number of tail calls].",
};

class ListElement {
  constructor(v) {
    this.val = v;
    this.next = null;
  }

  length() {
    if (this.next === null) return 1;
    return 1 + this.next.length();
  }
}

class ListBenchmark {
  constructor() {
    this.calls = 0;
  }

  makeList(length) {
    if (length === 0) return null;
    const e = new ListElement(length);
    e.next = this.makeList(length - 1);
    return e;
  }

  isShorterThan(x, y) {
    let xTail = x;
    let yTail = y;
    while (yTail !== null) {
      if (xTail === null) return true;
      xTail = xTail.next;
      yTail = yTail.next;
    }
    return false;
  }

  tail(x, y, z) {
    this.calls++;
    if (this.isShorterThan(y, x)) {
      return this.tail(
        this.tail(x.next, y, z),
        this.tail(y.next, z, x),
        this.tail(z.next, x, y)
      );
    }
    return z;
  }
}

function listSizes(size) {
  return [size, Math.floor((2 * size) / 3), Math.floor((2 * size) / 5)];
}

function benchmark(size) {
  const b = new ListBenchmark();
  const s = listSizes(size);
  const result = b.tail(b.makeList(s[0]), b.makeList(s[1]), b.makeList(s[2]));
  const len = result === null ? 0 : result.length();
  return [len, b.calls];
}

function verify(result, size) {
  if (!Array.isArray(result) || result.length !== 2) return false;
  if (size === 15 && (result[0] !== 10 || result[1] !== 2809)) return false; // AWFY: tail(15, 10, 6) has length 10
  if (size === 20 && (result[0] !== 13 || result[1] !== 25569)) return false;
  if (size === 22 && (result[0] !== 9 || result[1] !== 155449)) return false;
  // Independent: memoized integer Takeuchi function, also counting calls.
  const memo = new Map();
  function tak(x, y, z) {
    const key = x + "," + y + "," + z;
    const m = memo.get(key);
    if (m !== undefined) return m;
    let r;
    if (y < x) {
      const a = tak(x - 1, y, z);
      const b = tak(y - 1, z, x);
      const c = tak(z - 1, x, y);
      const d = tak(a[0], b[0], c[0]);
      r = [d[0], 1 + a[1] + b[1] + c[1] + d[1]];
    } else {
      r = [z, 1];
    }
    memo.set(key, r);
    return r;
  }
  const s = listSizes(size);
  const e = tak(s[0], s[1], s[2]);
  return result[0] === e[0] && result[1] === e[1];
}
