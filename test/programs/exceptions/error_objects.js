// Error constructors, name, message and String conversion.
const errors = [new Error("e"), new TypeError("t"), new RangeError("r"), new ReferenceError("ref"), new SyntaxError("s")];
for (const e of errors) console.log(e.name, e.message, String(e), e instanceof Error);
// expect: Error e Error: e true
// expect: TypeError t TypeError: t true
// expect: RangeError r RangeError: r true
// expect: ReferenceError ref ReferenceError: ref true
// expect: SyntaxError s SyntaxError: s true
const empty = new Error();
console.log(JSON.stringify(empty.message), String(empty), empty.name); // expect: "" Error Error
const undef = new Error(undefined);
console.log(JSON.stringify(undef.message), String(undef)); // expect: "" Error
const num = new Error(42);
console.log(typeof num.message, num.message); // expect: string 42
const noNew = Error("called without new");
console.log(noNew instanceof Error, noNew.message); // expect: true called without new
const renamed = new Error("msg");
renamed.name = "CustomName";
console.log(String(renamed)); // expect: CustomName: msg
const blankName = new Error("only message");
blankName.name = "";
console.log(String(blankName)); // expect: only message
const blankMsg = new TypeError("");
console.log(String(blankMsg)); // expect: TypeError
console.log(Object.keys(new Error("x")).length, "message" in new Error("x")); // expect: 0 true
console.log(typeof Error, typeof new Error("x"), Error.name, TypeError.name);
// expect: function object Error TypeError
