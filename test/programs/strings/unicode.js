// Non-ASCII strings: length counts UTF-16 code units.
const e = "é";
const smile = "😀";
console.log(e.length, smile.length, e.charCodeAt(0), smile.charCodeAt(0), smile.charCodeAt(1));
// expect: 1 2 233 55357 56832
console.log("naïve café".toUpperCase()); // expect: NAÏVE CAFÉ
console.log("ÀÉÎ".toLowerCase()); // expect: àéî
const chars = [];
for (const ch of "a😀b") chars.push(ch);
console.log(chars.length, chars); // expect: 3 [ 'a', '😀', 'b' ]
console.log("a😀b".split("").length, Array.from("a😀b").length, [..."a😀b"].length); // expect: 4 3 3
console.log("日本語".length, "日本語"[1], "日本語".indexOf("語")); // expect: 3 本 2
console.log(String.fromCharCode(0xd83d, 0xde00) === smile); // expect: true
console.log("αβγ".slice(1), "αβγ".padStart(5, "-")); // expect: βγ --αβγ
