// Nested try blocks, rethrow and errors thrown from catch/finally.
const log = [];
try {
  try {
    throw new Error("first");
  } catch (e) {
    log.push("inner catch: " + e.message);
    throw new Error("second");
  } finally {
    log.push("inner finally");
  }
} catch (e) {
  log.push("outer catch: " + e.message);
}
console.log(log.join(" | ")); // expect: inner catch: first | inner finally | outer catch: second
function rethrow() {
  try {
    null.prop;
  } catch (e) {
    if (e instanceof TypeError) throw e;
    return "not rethrown";
  }
}
try {
  rethrow();
} catch (e) {
  console.log("rethrown:", e.name, e.message);
  // expect: rethrown: TypeError Cannot read properties of null (reading 'prop')
}
try {
  try {
    throw new Error("original");
  } finally {
    throw new RangeError("from finally");
  }
} catch (e) {
  console.log(e.name, e.message); // expect: RangeError from finally
}
