// Map keys use SameValueZero: NaN equals NaN, -0 equals +0, objects by identity.
const m = new Map();
m.set(NaN, "nan");
console.log(m.get(NaN), m.has(0 / 0)); // expect: nan true
m.set(-0, "zero");
console.log(m.get(0), m.get(-0), [...m.keys()], Object.is([...m.keys()][1], -0));
// expect: zero zero [ NaN, 0 ] false
m.set(0, "zero again");
console.log(m.size, m.get(-0)); // expect: 2 zero again
const k1 = { id: 1 };
const k2 = { id: 1 };
m.set(k1, "first object");
console.log(m.get(k1), m.get(k2), m.has({ id: 1 })); // expect: first object undefined false
m.set("1", "string one").set(1, "number one");
console.log(m.get("1"), m.get(1), m.size); // expect: string one number one 5
const fnKey = () => {};
m.set(fnKey, "fn");
console.log(m.get(fnKey), m.size); // expect: fn 6
