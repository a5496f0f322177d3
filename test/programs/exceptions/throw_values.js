// Any value can be thrown.
const values = [42, "text", null, undefined, { code: 7 }, [1, 2], true, NaN];
for (const v of values) {
  try {
    throw v;
  } catch (caught) {
    console.log(typeof caught, caught === v || (caught !== caught && v !== v), caught);
    // expect: number true 42
    // expect: string true text
    // expect: object true null
    // expect: undefined true undefined
    // expect: object true { code: 7 }
    // expect: object true [ 1, 2 ]
    // expect: boolean true true
    // expect: number true NaN
  }
}
try {
  throw { name: "Fake", message: "not an Error" };
} catch (e) {
  console.log(e.name, e.message, e instanceof Error); // expect: Fake not an Error false
}
