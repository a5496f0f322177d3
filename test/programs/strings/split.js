// split with a string separator, empty separator and limit.
console.log("a,b,c".split(","), "a,b,c".split(",", 2), "a,b,c".split(",", 0));
// expect: [ 'a', 'b', 'c' ] [ 'a', 'b' ] []
console.log("abc".split(""), "abc".split("", 2)); // expect: [ 'a', 'b', 'c' ] [ 'a', 'b' ]
console.log("a,,b,".split(","), ",".split(",")); // expect: [ 'a', '', 'b', '' ] [ '', '' ]
console.log("".split(","), "".split(""), "abc".split()); // expect: [ '' ] [] [ 'abc' ]
console.log("a--b--c".split("--"), "a--b--c".split("-"));
// expect: [ 'a', 'b', 'c' ] [ 'a', '', 'b', '', 'c' ]
console.log("no separator".split("x"), "one two  three".split(" "));
// expect: [ 'no separator' ] [ 'one', 'two', '', 'three' ]
console.log("a1b1c".split(1), "x".split(",").length, "a,b".split(",", -1));
// expect: [ 'a', 'b', 'c' ] 1 [ 'a', 'b' ]
const csv = "name=Ann;age=31;city=Oslo";
const pairs = csv.split(";").map((p) => p.split("="));
console.log(pairs); // expect: [ [ 'name', 'Ann' ], [ 'age', '31' ], [ 'city', 'Oslo' ] ]
console.log("2024-01-15".split("-").map(Number)); // expect: [ 2024, 1, 15 ]
