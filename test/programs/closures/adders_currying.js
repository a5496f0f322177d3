// Functions returning functions.
const add = (a) => (b) => a + b;
const add5 = add(5);
console.log(add5(1), add(1)(2), add("x")("y")); // expect: 6 3 xy
function curry3(f) {
  return (a) => (b) => (c) => f(a, b, c);
}
const vol = curry3((l, w, h) => l * w * h);
console.log(vol(2)(3)(4)); // expect: 24
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
const pipeline = compose((x) => x + 1, (x) => x * 2, (x) => x - 3);
console.log(pipeline(10)); // expect: 15
const partial = (f, ...bound) => (...rest) => f(...bound, ...rest);
const greet = (greeting, name, punct) => `${greeting}, ${name}${punct}`;
console.log(partial(greet, "Hi")("Ann", "!"), partial(greet, "Yo", "Bob")("?")); // expect: Hi, Ann! Yo, Bob?
