// === never converts.
console.log(1 === 1, 1 === "1", "a" === "a", null === undefined); // expect: true false true false
console.log(0 === -0, NaN === NaN, Infinity === Infinity); // expect: true false true
console.log(true === 1, false === 0, "" === ""); // expect: false false true
const o = { x: 1 };
const p = o;
console.log(o === p, o === { x: 1 }, [] === [], o !== { x: 1 }); // expect: true false false true
console.log(typeof null === "object", typeof undefined === "undefined"); // expect: true true
console.log("ab" + "c" === "abc", 0.1 + 0.2 === 0.3, 0.5 + 0.25 === 0.75); // expect: true false true
let u;
console.log(u === undefined, u === void 0, u !== null); // expect: true true true
