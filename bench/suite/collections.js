// collections: Map and Set workloads (string-keyed counting, int-keyed toggling, iteration).
const BENCHMARK = {
  name: "collections",
  category: "collections",
  size: 20000,
  tinySize: 500,
  description: "Counts size pseudo-random short words in a Map<string, number>, toggles size pseudo-random ints in a Set<number> (add/has/delete), then iterates both in insertion order with for...of and destructuring. Returns [distinct words, max count, map checksum, duplicates, live set entries, set checksum].",
};

class CollRandom {
  constructor(seed) {
    this.seed = seed;
  }

  next() {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) & 0x7fffffff;
    return this.seed >> 8;
  }
}

const COLL_LETTERS = "abcdefgh";

function collWord(rng) {
  const r = rng.next();
  const len = (r % 3) + 1;
  let w = "";
  let bits = r >> 2;
  for (let i = 0; i < len; i++) {
    w += COLL_LETTERS.charAt(bits & 7);
    bits = bits >> 3;
  }
  return w;
}

function benchmark(size) {
  const rng = new CollRandom(2024);
  const counts = new Map();
  let distinct = 0;
  for (let i = 0; i < size; i++) {
    const w = collWord(rng);
    const c = counts.get(w);
    if (c === undefined) {
      counts.set(w, 1);
      distinct++;
    } else {
      counts.set(w, c + 1);
    }
  }

  const live = new Set();
  let duplicates = 0;
  for (let i = 0; i < size; i++) {
    const v = rng.next() % 4096;
    if (live.has(v)) {
      duplicates++;
      live.delete(v);
    } else {
      live.add(v);
    }
  }

  let maxCount = 0;
  let mapChecksum = 0;
  for (const [w, c] of counts) {
    mapChecksum = (Math.imul(mapChecksum, 31) + c * w.length + w.charCodeAt(0)) | 0;
    if (c > maxCount) maxCount = c;
  }
  let liveCount = 0;
  let setChecksum = 0;
  for (const v of live) {
    setChecksum = (Math.imul(setChecksum, 17) + v) | 0;
    liveCount++;
  }
  return [distinct, maxCount, mapChecksum, duplicates, liveCount, setChecksum];
}

// Computed with node; verify also recomputes everything without Map/Set.
const COLLECTIONS_EXPECTED = {
  500: [220, 27, -1807337686, 22, 456, -1188037096],
  20000: [584, 872, 1617692111, 8968, 2064, 1360495872],
};

function verify(result, size) {
  if (!Array.isArray(result) || result.length !== 6) return false;
  const e = COLLECTIONS_EXPECTED[size];
  if (e !== undefined) {
    for (let i = 0; i < 6; i++) if (result[i] !== e[i]) return false;
  }
  // Independent re-computation without Map/Set: a plain object (keys are short
  // non-numeric words, so Object.keys keeps insertion order) and, for the set,
  // the time of each value's last insertion.
  const rng = new CollRandom(2024);
  const obj = {};
  for (let i = 0; i < size; i++) {
    const w = collWord(rng);
    obj[w] = (obj[w] || 0) + 1;
  }
  const keys = Object.keys(obj);
  let maxCount = 0;
  let mapChecksum = 0;
  for (const w of keys) {
    const c = obj[w];
    mapChecksum = (Math.imul(mapChecksum, 31) + c * w.length + w.charCodeAt(0)) | 0;
    if (c > maxCount) maxCount = c;
  }
  const addedAt = new Array(4096).fill(-1);
  let duplicates = 0;
  for (let i = 0; i < size; i++) {
    const v = rng.next() % 4096;
    if (addedAt[v] >= 0) {
      duplicates++;
      addedAt[v] = -1;
    } else {
      addedAt[v] = i;
    }
  }
  const order = [];
  for (let v = 0; v < 4096; v++) if (addedAt[v] >= 0) order.push(v);
  order.sort((a, b) => addedAt[a] - addedAt[b]);
  let setChecksum = 0;
  for (const v of order) setChecksum = (Math.imul(setChecksum, 17) + v) | 0;
  return (
    result[0] === keys.length &&
    result[1] === maxCount &&
    result[2] === mapChecksum &&
    result[3] === duplicates &&
    result[4] === order.length &&
    result[5] === setChecksum
  );
}
