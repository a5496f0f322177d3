// Uncaught builtin error types print Name: message.
const limits = { max: 3 };
for (let i = 1; i <= 5; i++) {
  if (i > limits.max) throw new RangeError(`index ${i} out of range [1, ${limits.max}]`);
  console.log("item", i);
  // expect: item 1
  // expect: item 2
  // expect: item 3
}
// expect runtime error: RangeError: index 4 out of range [1, 3]
