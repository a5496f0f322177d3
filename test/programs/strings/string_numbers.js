// Converting between strings and numbers.
console.log(String(42) + 1, Number("42") + 1, parseInt("42") + 1); // expect: 421 43 43
console.log((42).toString().length, (3.14).toString().split(".")); // expect: 2 [ '3', '14' ]
console.log("7" * 1 + "3" * 1, "7" + "3" - 0, +"7" + +"3"); // expect: 10 73 10
console.log("10" / "4", "10" % "4", "2" ** "10"); // expect: 2.5 2 1024
const digits = "9081726354";
let sum = 0;
for (const d of digits) sum += Number(d);
console.log(sum); // expect: 45
console.log(Number("1_000"), Number("١٢"), Number("12e-1"), Number(" \n ")); // expect: NaN NaN 1.2 0
console.log(String(0.000001), String(0.0000001), (0.0000001).toFixed(7)); // expect: 0.000001 1e-7 0.0000001
