// An element read or write on null/undefined fails before the key is made a
// property key: an object key's toString does not run and goes unnamed (a
// primitive key is named). A compound assignment or ++ on an element converts
// the key once for the read and once for the write, as V8 does.
let conversions = 0;
const key = { toString() { conversions++; return "count"; } };
const attempts = [
  () => { let missing; return missing[key]; },
  () => { const nothing = null; nothing[key] = 1; },
  () => { let missing; missing[key] += 1; },
  () => { let missing; missing[key]++; },
  () => { let missing; return missing[[1, 2]]; },
  () => { let missing; return missing[7]; },
  () => { const nothing = null; nothing["name"] = 1; },
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (e) {
    console.log(e.message);
  }
}
// expect: Cannot read properties of undefined
// expect: Cannot set properties of null
// expect: Cannot read properties of undefined
// expect: Cannot read properties of undefined
// expect: Cannot read properties of undefined
// expect: Cannot read properties of undefined (reading '7')
// expect: Cannot set properties of null (setting 'name')
console.log(conversions); // expect: 0
const counter = { count: 0 };
for (let i = 0; i < 1000; i++) counter[key] += 1;
console.log(counter.count, conversions); // expect: 1000 2000
counter[key]++;
++counter[key];
console.log(counter.count, conversions); // expect: 1002 2004
counter[key] ||= 5;
console.log(counter.count, conversions); // expect: 1002 2005
