// Global isNaN/isFinite coerce; the Number versions do not.
const values = ["abc", "12", "", " ", null, undefined, true, NaN, Infinity, "Infinity", [], [1, 2], {}];
for (const v of values) {
  console.log(String(v) + ":", isNaN(v), Number.isNaN(v), isFinite(v), Number.isFinite(v));
  // expect: abc: true false false false
  // expect: 12: false false true false
  // expect: : false false true false
  // expect:  : false false true false
  // expect: null: false false true false
  // expect: undefined: true false false false
  // expect: true: false false true false
  // expect: NaN: true true false false
  // expect: Infinity: false false false false
  // expect: Infinity: false false false false
  // expect: : false false true false
  // expect: 1,2: true false false false
  // expect: [object Object]: true false false false
}
