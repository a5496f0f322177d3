// void and the comma operator.
console.log(void 0, void 1, void "x", void (1 + 2)); // expect: undefined undefined undefined undefined
let calls = 0;
void calls++;
console.log(calls); // expect: 1
const x = (1, 2, 3);
console.log(x); // expect: 3
let a = 0, b = 0;
const y = (a++, b += 10, a + b);
console.log(a, b, y); // expect: 1 10 11
for (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
// expect: 0 10
// expect: 3 7
const f = () => (calls++, calls * 100);
console.log(f(), calls); // expect: 200 2
