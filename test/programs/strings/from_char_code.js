// String.fromCharCode with several arguments and odd values.
console.log(String.fromCharCode(72, 105, 33)); // expect: Hi!
console.log(String.fromCharCode(), String.fromCharCode().length); // expect:  0
console.log(String.fromCharCode(65.9), String.fromCharCode("66"), String.fromCharCode(65536 + 67));
// expect: A B C
console.log(String.fromCharCode(-65536 + 68), String.fromCharCode(0).length); // expect: D 1
const codes = [];
for (let c = 97; c < 97 + 26; c++) codes.push(c);
console.log(String.fromCharCode(...codes)); // expect: abcdefghijklmnopqrstuvwxyz
console.log(String.fromCharCode.apply(null, [106, 115])); // expect: js
let rot13 = "";
for (const ch of "Hello, World") {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) rot13 += String.fromCharCode(((c - 65 + 13) % 26) + 65);
  else if (c >= 97 && c <= 122) rot13 += String.fromCharCode(((c - 97 + 13) % 26) + 97);
  else rot13 += ch;
}
console.log(rot13); // expect: Uryyb, Jbeyq
