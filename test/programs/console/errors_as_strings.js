// Errors are printed through their string form, not inspected directly.
const errs = [new Error("plain"), new TypeError("typed"), new RangeError("")];
console.log(errs.map(String)); // expect: [ 'Error: plain', 'TypeError: typed', 'RangeError' ]
console.log(errs.map((e) => e.name + "|" + e.message));
// expect: [ 'Error|plain', 'TypeError|typed', 'RangeError|' ]
console.log(`${errs[0]}`, "" + errs[1]); // expect: Error: plain TypeError: typed
