// A string's length read in a loop is asked of the host once per value of
// its register: a register that takes a new string, or an array that grows,
// between two reads must give the new length.
function total(words, n) {
  let t = 0;
  for (let r = 0; r < n; r++) {
    let s = words[r % words.length];
    for (let k = 0; k < s.length; k++) t += s.charCodeAt(k) & 7;
    s = s + "!";
    t += s.length;
  }
  return t;
}
function mixed(n) {
  const a = [1, 2];
  let t = 0;
  for (let i = 0; i < n; i++) {
    const x = i % 3 === 0 ? "abc".repeat(i % 5) : a;
    t += x.length;
    if (i % 7 === 0) a.push(i);
  }
  return t;
}
let out = "";
for (let i = 0; i < 200; i++) out = total(["alpha", "be", "", "gamma-delta", "ε"], 500) + " " + mixed(300);
console.log(out);
// expect: 8400 5372
