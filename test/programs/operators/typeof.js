// typeof of every kind of value.
class K {}
const arrow = () => 1;
console.log(typeof 1, typeof NaN, typeof -0, typeof Infinity); // expect: number number number number
console.log(typeof "", typeof "x", typeof `t`); // expect: string string string
console.log(typeof true, typeof undefined, typeof null); // expect: boolean undefined object
console.log(typeof {}, typeof [], typeof new Map(), typeof new Set()); // expect: object object object object
console.log(typeof function () {}, typeof arrow, typeof K, typeof Math.max);
// expect: function function function function
console.log(typeof Math, typeof JSON, typeof console.log, typeof Object);
// expect: object object function function
console.log(typeof new K(), typeof new Error("e"), typeof String(1), typeof Number("1"));
// expect: object object string number
console.log(typeof notDeclaredAnywhere, typeof typeof 1); // expect: undefined string
console.log(typeof (() => {})(), typeof void 0, typeof [].length); // expect: undefined undefined number
let later = 1;
console.log(typeof later); // expect: number
