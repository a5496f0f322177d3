// The + operator: string concatenation versus numeric addition.
console.log("5" + 2, 5 + "2", 1 + 2 + "3", "1" + 2 + 3); // expect: 52 52 33 123
console.log([] + {}, [] + [], [1, 2] + "", [1] + [2]); // expect: [object Object]  1,2 12
console.log(null + 1, undefined + 1, true + true, true + "1"); // expect: 1 NaN 2 true1
console.log("a" + null, "a" + undefined, "a" + true, "a" + -0); // expect: anull aundefined atrue a0
console.log(1 + {}, ({}) + 1, [1, [2, 3]] + "!"); // expect: 1[object Object] [object Object]1 1,2,3!
console.log(1 + null + "x", "x" + (1 + null)); // expect: 1x x1
console.log([null] + "", [undefined] + "", [null, undefined] + "|"); // expect:   ,|
console.log(typeof (1 + "1"), typeof ("1" - 1), typeof (null + null)); // expect: string number number
let s = 1;
s += "1";
console.log(s, typeof s); // expect: 11 string
s -= 1;
console.log(s, typeof s); // expect: 10 number
console.log(0.1 + "", 1e21 + "", -1e-7 + ""); // expect: 0.1 1e+21 -1e-7
