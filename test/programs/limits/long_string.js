// Long strings built by repetition and concatenation.
const s = "abc".repeat(100000);
console.log(s.length, s.slice(-6), s.indexOf("cab"), s.lastIndexOf("abc")); // expect: 300000 abcabc 2 299997
let t = "";
for (let i = 0; i < 100000; i++) t += String.fromCharCode(97 + (i % 26));
console.log(t.length, t.slice(0, 30), t.charCodeAt(99999));
// expect: 100000 abcdefghijklmnopqrstuvwxyzabcd 100
let h = 0;
for (let i = 0; i < t.length; i++) h = (h * 31 + t.charCodeAt(i)) | 0;
console.log(h); // expect: -1247777648
const parts = t.split("z");
console.log(parts.length, parts[0], parts[parts.length - 1]); // expect: 3847 abcdefghijklmnopqrstuvwxy abcd
