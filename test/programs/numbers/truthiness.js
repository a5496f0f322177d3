// Boolean conversion of every kind of value.
const values = [0, -0, NaN, 1, -1, Infinity, "", " ", "0", "false", null, undefined, [], {}, [0], function () {}];
const out = [];
for (const v of values) out.push(Boolean(v));
console.log(out.join(" "));
// expect: false false false true true true false true true true false false true true true true
console.log(!!NaN, !!"0", !![], !!{}, !!-0, !!0.1); // expect: false true true true false true
console.log(!0, !1, !"", !"a", !null, !undefined); // expect: true false true false true true
console.log(Boolean(), Boolean(false), Boolean("false")); // expect: false false true
if ([]) console.log("empty array is truthy"); // expect: empty array is truthy
if ("") console.log("unreachable"); else console.log("empty string is falsy");
// expect: empty string is falsy
console.log(0 || "zero", "" || null, null || undefined, 1 && "one", 0 && "never");
// expect: zero null undefined one 0
