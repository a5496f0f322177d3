// JSON.parse rejects invalid input with a SyntaxError (messages are engine-specific).
const inputs = ["{bad", "[1,]", "", "undefined", "{'a':1}", "01", "[1 2]", '"unterminated', "NaN", '{"a":1}x'];
for (const s of inputs) {
  try {
    JSON.parse(s);
    console.log("parsed?!", s);
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e instanceof SyntaxError);
    // expect: "{bad" SyntaxError true
    // expect: "[1,]" SyntaxError true
    // expect: "" SyntaxError true
    // expect: "undefined" SyntaxError true
    // expect: "{'a':1}" SyntaxError true
    // expect: "01" SyntaxError true
    // expect: "[1 2]" SyntaxError true
    // expect: "\"unterminated" SyntaxError true
    // expect: "NaN" SyntaxError true
    // expect: "{\"a\":1}x" SyntaxError true
  }
}
