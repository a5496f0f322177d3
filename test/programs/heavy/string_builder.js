// String-heavy workload: building, splitting, joining and hashing.
function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
const words = [];
for (let i = 0; i < 40000; i++) {
  let w = "";
  let x = i * 7919 + 13;
  do {
    w += String.fromCharCode(97 + (x % 26));
    x = Math.floor(x / 26);
  } while (x > 0);
  words.push(w);
}
const text = words.join(" ");
console.log(text.length, hash(text)); // expect: 279425 923297052
const upper = text.toUpperCase();
console.log(hash(upper), upper.split(" ").slice(0, 8).join(","));
// expect: 4157235868 N,CTL,RLX,GEJB,VWUB,KPGC,ZHSC,OAED
const back = text.split(" ");
console.log(back.length, back[12345]); // expect: 40000 qmdyfi
let csv = "";
for (let r = 0; r < 2000; r++) {
  csv += `${r},${words[r]},${(r * 1.5).toFixed(1)},${words[r].length}\n`;
}
const rows = csv.trim().split("\n").map((line) => line.split(","));
let total = 0;
for (const row of rows) total += Number(row[2]) + Number(row[3]);
console.log(rows.length, total, hash(csv)); // expect: 2000 3008936 28006509
console.log(text.replace("a", "A").indexOf("A"), text.includes("zzz"), text.lastIndexOf("abc"));
// expect: 31 true 240820
