// Basic try/catch/finally flow.
function attempt(shouldThrow) {
  const log = [];
  try {
    log.push("try");
    if (shouldThrow) throw new Error("boom");
    log.push("after throw");
  } catch (e) {
    log.push("catch " + e.message);
  } finally {
    log.push("finally");
  }
  log.push("end");
  return log.join(" > ");
}
console.log(attempt(false)); // expect: try > after throw > finally > end
console.log(attempt(true)); // expect: try > catch boom > finally > end
try {
  try {
    throw new TypeError("inner");
  } finally {
    console.log("inner finally"); // expect: inner finally
  }
} catch (e) {
  console.log("outer caught", e.name, e.message); // expect: outer caught TypeError inner
}
