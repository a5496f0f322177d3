// Order of execution across nested finally blocks and returns.
const log = [];
function inner() {
  try {
    log.push("inner try");
    return "inner value";
  } finally {
    log.push("inner finally");
  }
}
function outer() {
  try {
    log.push("outer try");
    return inner();
  } finally {
    log.push("outer finally");
  }
}
log.push(outer());
console.log(log.join("\n"));
// expect: outer try
// expect: inner try
// expect: inner finally
// expect: outer finally
// expect: inner value
function count() {
  let i = 0;
  try {
    try {
      i++;
      throw i;
    } finally {
      i += 10;
    }
  } catch (v) {
    return [v, i];
  } finally {
    i += 100;
  }
}
console.log(count()); // expect: [ 1, 11 ]
