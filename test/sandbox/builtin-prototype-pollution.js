// String, Number and Function prototypes are the program's own.
String.prototype.shout = function () { return this.toUpperCase() + "!"; };
Number.prototype.double = function () { return this * 2; };
console.log("hi".shout(), (21).double()); // expect: HI! 42
const fproto = Object.getPrototypeOf(function () {});
fproto.evil = 1;
console.log((() => {}).evil); // expect: 1
