// Template literals: expressions, nesting and conversions.
const name = "world";
const n = 3;
console.log(`hello ${name}!`); // expect: hello world!
console.log(`${n} + ${n} = ${n + n}`); // expect: 3 + 3 = 6
console.log(`nested: ${`inner ${n * 2} ${`deep ${name.toUpperCase()}`}`}`);
// expect: nested: inner 6 deep WORLD
console.log(`${[1, 2, 3]} | ${{}} | ${null} | ${undefined} | ${true}`);
// expect: 1,2,3 | [object Object] | null | undefined | true
console.log(`${-0} ${1e21} ${0.1 + 0.2} ${[]}|`); // expect: 0 1e+21 0.30000000000000004 |
console.log(`escaped \` backtick and \${not} interpolation`);
// expect: escaped ` backtick and ${not} interpolation
console.log(`a\tb\\c`); // expect: a	b\c
console.log(`line1
line2`);
// expect: line1
// expect: line2
console.log(`${n > 2 ? `big ${n}` : "small"}`); // expect: big 3
const items = ["x", "y"];
console.log(`items: ${items.map((it, i) => `${i}=${it}`).join(", ")}`); // expect: items: 0=x, 1=y
console.log(`${"$"}{literal}`, `$`, `{}`, `$${n}`); // expect: ${literal} $ {} $3
console.log(typeof `${n}`, `${n}`.length); // expect: string 1
