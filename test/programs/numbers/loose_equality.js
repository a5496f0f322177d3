// The == table.
console.log(null == undefined, null == 0, undefined == 0, null == false); // expect: true false false false
console.log("" == 0, "0" == 0, "0" == false, "" == false); // expect: true true true true
console.log([] == false, [0] == false, [1] == "1", [1, 2] == "1,2"); // expect: true true true true
console.log(NaN == NaN, " 1 " == 1, "\n" == 0, "1e1" == 10); // expect: false true true true
console.log(true == 1, true == "1", true == "true", false == "false"); // expect: true true false false
console.log(({}) == "[object Object]", [] == "", [[]] == 0); // expect: true true true
console.log(null == null, undefined == undefined, null == "null"); // expect: true true false
console.log("abc" == "abc", 0 == -0, "0x10" == 16, Infinity == "Infinity"); // expect: true true true true
const a = [1];
const b = [1];
console.log(a == b, a == a, a == 1, a != b); // expect: false true true true
console.log(2 == [2], "2" == [2], [2] == [2]); // expect: true true false
