// localeCompare orders by the locale's collation (as node does with its ICU
// data), not by UTF-16 code units: "a" before "B", "é" before "f".
console.log("a".localeCompare("B"), "B".localeCompare("a"), "a".localeCompare("a")); // expect: -1 1 0
console.log(["b", "B", "a", "A"].sort((x, y) => x.localeCompare(y))); // expect: [ 'a', 'A', 'b', 'B' ]
console.log("é".localeCompare("f"), "résumé".localeCompare("resume") > 0); // expect: -1 true
