// replace with a string pattern replaces only the first occurrence.
const s = "one two one two";
console.log(s.replace("one", "1")); // expect: 1 two one two
console.log(s.replace("three", "3")); // expect: one two one two
console.log(s.replace("", "_")); // expect: _one two one two
console.log("aaa".replace("a", "b")); // expect: baa
console.log("x.y.z".replace(".", "-")); // expect: x-y.z
console.log("abc".replace("b", "")); // expect: ac
let t = "a-b-c-d";
while (t.includes("-")) t = t.replace("-", "+");
console.log(t); // expect: a+b+c+d
console.log("12345".replace(3, "three"), "null".replace(null, "N")); // expect: 12three45 N
