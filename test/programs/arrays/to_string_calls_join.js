// Array.prototype.toString calls the receiver's join (its own, a subclass's, or inherited), and
// without one gives Object.prototype.toString's text: an array's join the program replaced is
// what String, templates and + use.
const a = [1, 2];
a.join = () => "custom";
console.log(String(a), `${a}`, a + ""); // expect: custom custom custom
const { toString } = Array.prototype;
console.log(toString.call({ join: () => "J" }), toString.call({}), toString.call("abc"), toString.call(5)); // expect: J [object Object] [object String] [object Number]
class Listing extends Array { join() { return "Listing.join"; } }
console.log(String(Listing.from([1]))); // expect: Listing.join
const nested = [1, [2, 3]];
nested[1].join = () => "inner";
console.log(String(nested), [4, [5, [6]]].toString()); // expect: 1,inner 4,5,6
