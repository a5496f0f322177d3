// Object spread and Object.assign.
const base = { a: 1, b: 2 };
const over = { b: 20, c: 30 };
console.log({ ...base, ...over }, { ...over, ...base });
// expect: { a: 1, b: 20, c: 30 } { b: 2, c: 30, a: 1 }
console.log({ ...base, b: "explicit" }, { b: "first", ...base });
// expect: { a: 1, b: 'explicit' } { b: 2, a: 1 }
console.log({ ...null, ...undefined, ...{} }, { ..."hi" }, { ...[10, 20] });
// expect: {} { '0': 'h', '1': 'i' } { '0': 10, '1': 20 }
const target = { t: 0 };
const result = Object.assign(target, base, null, over);
console.log(result === target, target); // expect: true { t: 0, a: 1, b: 20, c: 30 }
console.log(Object.assign({}, "ab", [9]), Object.assign({ x: 1 })); // expect: { '0': 9, '1': 'b' } { x: 1 }
const nested = { inner: { v: 1 } };
const shallow = { ...nested };
shallow.inner.v = 2;
console.log(nested.inner.v, shallow.inner === nested.inner); // expect: 2 true
const copy = Object.assign({}, nested);
console.log(copy.inner === nested.inner); // expect: true
class P { constructor() { this.own = 1; } proto() {} }
console.log({ ...new P() }); // expect: { own: 1 }
