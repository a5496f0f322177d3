// Replacement strings understand $ patterns; replacement functions get the match.
console.log("abc".replace("b", "[$&]")); // expect: a[b]c
console.log("abc".replace("b", "$$")); // expect: a$c
console.log("abc".replace("b", "$`|$'")); // expect: aa|cc
console.log("abc".replace("b", "$1")); // expect: a$1c
console.log("price".replace("price", "$ 5")); // expect: $ 5
console.log("hello world".replace("world", (m) => m.toUpperCase())); // expect: hello WORLD
console.log("a+b".replace("+", (m, offset) => "<" + m + "@" + offset + ">")); // expect: a<+@1>b
console.log("xyz".replace("y", () => 42)); // expect: x42z
