// Destructuring null throws a TypeError (only the name is checked here).
function area({ w, h }) {
  return w * h;
}
console.log(area({ w: 2, h: 3 })); // expect: 6
try {
  area(null);
} catch (e) {
  console.log(e instanceof TypeError, e.name); // expect: true TypeError
}
try {
  area();
} catch (e) {
  console.log(e instanceof TypeError, e.name); // expect: true TypeError
}
function firstOf([a]) { return a; }
try {
  firstOf(7);
} catch (e) {
  console.log(e instanceof TypeError); // expect: true
}
console.log(firstOf("xyz"), firstOf([])); // expect: x undefined
