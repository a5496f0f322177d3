// The return value is fixed before finally runs, but objects can still be mutated.
function k() {
  const log = [];
  try {
    return log;
  } finally {
    log.push("mutated in finally");
  }
}
console.log(k()); // expect: [ 'mutated in finally' ]
function m() {
  try {
    return "from try";
  } catch (e) {
    return "from catch";
  } finally {
    console.log("m finally");
  }
}
console.log(m());
// expect: m finally
// expect: from try
