// concat flattens one level of arrays; join stringifies elements.
const a = [1, 2];
console.log(a.concat(3, [4, 5], [[6, 7]]), a); // expect: [ 1, 2, 3, 4, 5, [ 6, 7 ] ] [ 1, 2 ]
console.log(a.concat(), a.concat([]) === a, [].concat("x", null, undefined));
// expect: [ 1, 2 ] false [ 'x', null, undefined ]
console.log([1, [2, [3]]].join(), [1, 2, 3].join(""), [1, 2, 3].join(" - ")); // expect: 1,2,3 123 1 - 2 - 3
console.log([null, undefined, 1].join(","), [, , 1].join("."), [[], [[]], [1]].join(";"));
// expect: ,,1 ..1 ;;1
console.log([true, {}, "s", 1.5, -0].join("|")); // expect: true|[object Object]|s|1.5|0
console.log([1, 2].join(undefined), [1, 2].join(null), [1, 2].join(0)); // expect: 1,2 1null2 102
console.log([].join(), [undefined].join() === "", ["only"].join("-")); // expect:  true only
