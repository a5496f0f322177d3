// ?? only falls back for null and undefined.
console.log(null ?? "d", undefined ?? "d", 0 ?? "d", "" ?? "d", false ?? "d", NaN ?? "d");
// expect: d d 0  false NaN
let evaluated = false;
const f = () => { evaluated = true; return 1; };
console.log(5 ?? f(), evaluated); // expect: 5 false
console.log(null ?? f(), evaluated); // expect: 1 true
const cfg = { retries: 0, name: "", extra: null };
console.log(cfg.retries ?? 3, cfg.retries || 3); // expect: 0 3
console.log(cfg.name ?? "anon", cfg.name || "anon"); // expect:  anon
console.log(cfg.extra ?? "none", cfg.missing ?? "none"); // expect: none none
console.log((null ?? 0) || "fallback", null ?? (0 || "fallback")); // expect: fallback fallback
const chain = null ?? undefined ?? 0 ?? 1;
console.log(chain); // expect: 0
