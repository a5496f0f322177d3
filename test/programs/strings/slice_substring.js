// slice vs substring with odd arguments.
const s = "JavaScript";
console.log(s.slice(4), s.slice(0, 4), s.slice(-6), s.slice(-6, -3)); // expect: Script Java Script Scr
console.log(JSON.stringify(s.slice(5, 2)), s.slice(-100), JSON.stringify(s.slice(100)));
// expect: "" JavaScript ""
console.log(s.slice(NaN, 3), s.slice(2.7, 5.2), s.slice(undefined, 4)); // expect: Jav vaS Java
console.log(s.substring(4), s.substring(0, 4), s.substring(5, 2), s.substring(-3, 3));
// expect: Script Java vaS Jav
console.log(s.substring(4, -1), s.substring(NaN, 2), s.substring(8, 100)); // expect: Java Ja pt
console.log(s.substring(2, 2) === "", s.slice(3, 3) === "", s.substring(), s.slice());
// expect: true true JavaScript JavaScript
console.log("abc".slice(-1), "abc".slice(0, -1), "abc".substring(1, 0)); // expect: c ab a
