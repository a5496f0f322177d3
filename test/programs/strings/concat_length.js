// concat and length.
console.log("a".concat("b", "c"), "x".concat(1, null, undefined, true)); // expect: abc x1nullundefinedtrue
console.log("".concat(), "n=".concat([1, 2]), "o=".concat({})); // expect:  n=1,2 o=[object Object]
const parts = ["alpha", "beta", "gamma"];
let acc = "";
for (const p of parts) acc = acc.concat(p.length, ":", p, ";");
console.log(acc, acc.length); // expect: 5:alpha;4:beta;5:gamma; 23
console.log("héllo".length, "tab\there".length, "\u0041\u0042".length); // expect: 5 8 2
console.log("multi\nline".length, `${1}${22}${333}`.length); // expect: 10 6
