// The conditional operator, nested and right-associative.
const grade = (n) => n >= 90 ? "A" : n >= 80 ? "B" : n >= 70 ? "C" : "F";
console.log(grade(95), grade(85), grade(75), grade(10)); // expect: A B C F
const t = true ? false ? 1 : 2 : 3;
console.log(t); // expect: 2
let side = [];
const pick = (c) => c ? (side.push("then"), "T") : (side.push("else"), "E");
console.log(pick(1), pick(0), pick(""), side.join(",")); // expect: T E E then,else,else
console.log(null ? "yes" : "no", [] ? "yes" : "no", "0" ? "yes" : "no"); // expect: no yes yes
const v = 5;
console.log(`${v > 3 ? "big" : "small"} ${v % 2 ? "odd" : "even"}`); // expect: big odd
