// An anonymous function or class given as a destructuring or parameter default
// is named after the binding it defaults (as `const f = () => {}` is named f).
const [a = function () {}, b = () => {}, c = class {}, d = function named() {}] = [];
const { e = () => {}, f: g = () => {}, h = (0, () => {}) } = {};
function p(cb = () => {}, { k = function () {} } = {}) { return [cb.name, k.name]; }
let x, y; [x = () => {}] = []; ({ y = class {} } = {});
for (const [m = () => {}] of [[]]) console.log(m.name); // expect: m
console.log(a.name, b.name, c.name, d.name, e.name, g.name, JSON.stringify(h.name), p(), x.name, y.name);
// expect: a b c named e g "" [ 'cb', 'k' ] x y
