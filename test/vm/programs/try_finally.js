// try/catch/finally: handler table, completion codes, a return routed through finally.
function attempt(n) {
  try {
    if (n > 1) throw new Error("too big: " + n);
    return n;
  } catch (e) {
    return e.message;
  } finally {
    console.log("finally", n);
  }
}
console.log(attempt(1));
console.log(attempt(2));
