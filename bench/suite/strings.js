// strings: string building and scanning (concatenation, templates, join/split, slicing, hashing).
const BENCHMARK = {
  name: "strings",
  category: "strings",
  size: 6000,
  tinySize: 50,
  description: "Builds size text lines with += concatenation, template literals, padStart and repeat; joins them, splits them back, then trims, slices, searches (indexOf), upper-cases, replaces, concats, and hashes every line with charCodeAt. Returns [hash, total length, lines starting with 'A', summary length].",
};

function makeLines(size) {
  const lines = [];
  for (let i = 0; i < size; i++) {
    let word = "";
    for (let j = 0; j < 6; j++) {
      word += String.fromCharCode(97 + ((i * 7 + j * 11) % 26));
    }
    const num = `${(i * 7919) % 100000}`.padStart(5, "0");
    lines.push(`  ${word}-${num}:${"ab".repeat(i % 4)}  `);
  }
  return lines;
}

function hashString(hash, s) {
  let h = hash;
  for (let k = 0; k < s.length; k++) {
    h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  }
  return h;
}

function benchmark(size) {
  const text = makeLines(size).join("\n");
  const parts = text.split("\n");
  let hash = 0;
  let totalLength = 0;
  let startsWithA = 0;
  let summary = "";
  for (let i = 0; i < parts.length; i++) {
    const line = parts[i].trim();
    const dash = line.indexOf("-");
    const colon = line.indexOf(":");
    const word = line.substring(0, dash).toUpperCase();
    const num = line.slice(dash + 1, colon);
    const tail = line.slice(colon + 1).replace("ab", "X");
    const rebuilt = word.concat("/", num, "/", tail);
    totalLength += rebuilt.length;
    if (rebuilt.charAt(0) === "A") startsWithA++;
    hash = hashString(hash, rebuilt);
    hash = (hash + parseInt(num, 10)) | 0;
    summary += rebuilt.charAt(rebuilt.length - 1);
  }
  hash = hashString(hash, summary);
  return [hash, totalLength, startsWithA, summary.length];
}

// Hashes computed with node.
const STRINGS_EXPECTED_HASH = {
  50: 902449636,
  2000: 2056833177,
  6000: -356285573,
};

function verify(result, size) {
  if (!Array.isArray(result) || result.length !== 4) return false;
  const h = STRINGS_EXPECTED_HASH[size];
  if (h === undefined || result[0] !== h) return false;
  // Independent closed forms: "WORD6/NUM5/" is 13 characters; the tail is
  // "ab" x (i % 4) with the first "ab" replaced by "X"; a line starts with
  // 'A' exactly when 7 * i = 0 (mod 26), i.e. i = 0 (mod 26).
  let total = 0;
  let a = 0;
  for (let i = 0; i < size; i++) {
    const r = i % 4;
    total += 13 + (r === 0 ? 0 : 2 * r - 1);
    if (i % 26 === 0) a++;
  }
  return result[1] === total && result[2] === a && result[3] === size;
}
