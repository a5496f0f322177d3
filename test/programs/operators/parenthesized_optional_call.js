// A parenthesized optional member called, `(a?.b)()`, keeps `a` as `this` (as
// `a.b()` does); a short-circuited chain calls undefined (a TypeError).
const shop = {
  name: "corner",
  label() { return "shop " + this.name; },
  owner: { name: "ann", label() { return "owner " + this.name; } },
};
console.log((shop?.label)()); // expect: shop corner
console.log((shop.owner?.label)(), (shop?.["label"])()); // expect: owner ann shop corner
console.log((shop?.owner.label)()); // expect: owner ann
let total = 0;
for (let i = 0; i < 3000; i++) total += (shop?.label)().length;
console.log(total); // expect: 33000
try {
  (shop.missing?.label)();
} catch (e) {
  console.log(e.name); // expect: TypeError
}
