// When the first argument is a string, node's console.log applies printf-style specifiers.
console.log("%s is %d years", "Ann", 42); // expect: Ann is 42 years
console.log("%i items", 3.9); // expect: 3 items
console.log("100%% done", "!"); // expect: 100% done !
console.log("%s", "only"); // expect: only
console.log("no args %s %d"); // expect: no args %s %d
console.log("extra %s", "a", "b", 3); // expect: extra a b 3
console.log("50% off", 1); // expect: 50% off 1
console.log("100%% alone"); // expect: 100%% alone
console.log(5, "%s", "not formatted because first arg is a number");
// expect: 5 %s not formatted because first arg is a number
