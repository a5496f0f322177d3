// The locale-sensitive builtins take node's locales and options arguments: localeCompare,
// Number and Array toLocaleString, toLocaleUpperCase/LowerCase; a bad locale or option is node's RangeError.
console.log("a".localeCompare("A", undefined, { sensitivity: "base" }), "10".localeCompare("9", "en", { numeric: true })); // expect: 0 1
console.log(["ä", "a", "z"].sort((x, y) => x.localeCompare(y, "sv")).join(), ["ä", "a", "z"].sort((x, y) => x.localeCompare(y, "de")).join()); // expect: a,z,ä a,ä,z
console.log((1234.5).toLocaleString("de-DE"), (0.256).toLocaleString("en-US", { style: "percent" })); // expect: 1.234,5 26%
console.log((12).toLocaleString("en-US", { style: "currency", currency: "EUR" }), (1234.5).toLocaleString(["de-DE", "en-US"])); // expect: €12.00 1.234,5
console.log((0.5).toLocaleString("en-US", { style: "percent", minimumFractionDigits: { valueOf() { return 1; } } })); // expect: 50.0%
console.log("i".toLocaleUpperCase("tr"), "I".toLocaleLowerCase("tr"), "i".toLocaleUpperCase("en-US")); // expect: İ ı I
console.log([1234.5, 6789].toLocaleString("en-US"), [1e6, "s", null, { toLocaleString() { return "obj!"; } }, [2000, [3000]]].toLocaleString("de-DE"));
// expect: 1,234.5,6,789 1.000.000,s,,obj!,2.000,3.000
const cycle = [1];
cycle.push(cycle);
console.log(cycle.toLocaleString("en-US"), [].toLocaleString() === ""); // expect: 1, true
for (const bad of [() => "a".localeCompare("b", "!!"), () => (1).toLocaleString("en", { style: "currency" }), () => (1).toLocaleString("en", { maximumFractionDigits: 500 })]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
// expect: RangeError: Incorrect locale information provided
// expect: TypeError: Currency code is required with currency style.
// expect: RangeError: maximumFractionDigits value is out of range.
